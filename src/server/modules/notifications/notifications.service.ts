import { Type, type Static } from 'typebox';
import type { AppContext } from '../../context.js';
import { Body, Id, Nullable, Timestamp } from '../../http/schemas.js';
import { NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import type { Selectable } from 'kysely';
import type { NotificationsTable } from '../../db/ticket-notification-tables.js';
import {
  AnyNotificationKindSchema,
  ApprovalNotificationData,
  DELIVERIES,
  DeliverySchema,
  NOTIFICATION_KINDS,
  NotificationData,
  NotificationKindSchema,
  type ApprovalNotificationKind,
  type NotificationKind,
} from './notification-kinds.js';
import { countUnread, listNotifications, markAllRead, markRead } from './notifications.repository.js';

export const UNREAD_CAP = 100;

export const Notification = Type.Object({
  id: Id,
  kind: AnyNotificationKindSchema,
  ticketId: Nullable(Id),
  /** Ticket notifications carry the ticket's facts; approval notifications the order's or work order's. */
  data: Type.Union([NotificationData, ApprovalNotificationData]),
  createdAt: Timestamp,
  readAt: Nullable(Timestamp),
});
export type Notification = Static<typeof Notification>;

export const NotificationPreference = Type.Object({ kind: NotificationKindSchema, delivery: DeliverySchema });
export const NotificationPreferences = Type.Object({ items: Type.Array(NotificationPreference) });
export const NotificationPreferencesInput = Body({ items: Type.Array(NotificationPreference, { minItems: 1, maxItems: NOTIFICATION_KINDS.length }) });
export type NotificationPreferencesInput = Static<typeof NotificationPreferencesInput>;

function toNotification(row: Selectable<NotificationsTable>): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind | ApprovalNotificationKind,
    ticketId: row.ticket_id,
    data: JSON.parse(row.data) as NotificationData | ApprovalNotificationData,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;

/** The caller's own inbox and e-mail preferences; nobody reads or changes another user's. */
export function createNotificationsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  return {
    async list(scope: AccessScope, query: { unread?: boolean; cursor?: string; limit?: number }) {
      const page = await listNotifications(db, scope, { unreadOnly: query.unread, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toNotification), nextCursor: page.nextCursor };
    },

    async unreadCount(scope: AccessScope) {
      const count = await countUnread(db, scope, UNREAD_CAP);
      return { count, capped: count >= UNREAD_CAP };
    },

    async markRead(scope: AccessScope, id: string) {
      if (!(await markRead(db, scope, id, clock().toISOString()))) throw new NotFoundError('Notification not found.');
    },

    async markAllRead(scope: AccessScope) {
      await markAllRead(db, scope, clock().toISOString());
    },

    /** Every kind with its delivery; a kind never set is delivered immediately. */
    async preferences(scope: AccessScope) {
      const rows = await db.selectFrom('notification_preferences').select(['kind', 'delivery']).where('user_id', '=', scope.principal.userId).execute();
      const set = new Map(rows.map((row) => [row.kind, row.delivery]));
      return { items: NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: set.get(kind) ?? DELIVERIES[0] })) };
    },

    async setPreferences(scope: AccessScope, input: NotificationPreferencesInput) {
      const now = clock().toISOString();
      const userId = scope.principal.userId;
      // One row per kind (the last wins), written in one fixed order: two saves at once that upserted the
      // same rows in different orders deadlocked on PostgreSQL.
      const byKind = new Map(input.items.map((item) => [item.kind, item.delivery]));
      const changes = [...byKind].sort(([a], [b]) => a.localeCompare(b));
      await db.transaction().execute(async (trx) => {
        for (const [kind, delivery] of changes) {
          await trx
            .insertInto('notification_preferences')
            .values({ user_id: userId, kind, delivery, updated_at: now })
            .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ delivery, updated_at: now }))
            .execute();
        }
      });
      return this.preferences(scope);
    },
  };
}
