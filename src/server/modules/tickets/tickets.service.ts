import type { AppContext, DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import { nextNumber } from '../../db/sequences.js';
import { parseSort } from '../../http/list-query.js';
import { BadRequestError, ForbiddenError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertMayCreateTicket, assertMayRaiseTickets, assertMayUpdateTicket, defaultCustomerId } from '../access/portal-capabilities.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { findInitialTicketStatus, findTicketStatus, type TicketStatusRow } from '../ticket-types/ticket-statuses.repository.js';
import { findOfferedTicketType } from '../ticket-types/ticket-types.repository.js';
import {
  assertActiveStaffUser,
  assertSiteReference,
  assertStaffGroup,
  assertCustomerReference,
  findAssetOfCustomer,
  invalidReference,
} from '../access/record-references.js';
import { notifyTicketEvent } from '../notifications/notify-ticket.js';
import { resolveResponsible } from '../ticket-routing/ticket-routing.js';
import { dueTimes, slaColumns } from './ticket-sla.js';
import { queueWebhookEvent } from '../webhooks/webhook-events.js';
import { FEEDBACK_TYPE_KEY, toTicket, type TicketInput, type TicketPatch } from './tickets.mapping.js';
import { findVisibleTicket, insertTicket, listVisibleTickets, updateTicketRow, type TicketListFilters, type TicketView } from './tickets.repository.js';

const SORT_COLUMNS = { createdAt: 'created_at', updatedAt: 'updated_at', number: 'number' };
export const TICKET_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
type Place = Pick<TicketView, 'site_id' | 'asset_id' | 'root_asset_id'>;
export type TicketsService = ReturnType<typeof createTicketsService>;

export function createTicketsService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<TicketView> {
    const row = await findVisibleTicket(db, scope, id);
    if (!row) throw new NotFoundError('Ticket not found.');
    return row;
  }

  /**
   * Where the ticket is: an asset's site wins (a given siteId must match it); without an asset the
   * requested site, or `fallback` (the current site) when none was requested. root_asset_id lets grants
   * on a top-level asset cascade to the tickets of its whole tree.
   */
  async function resolvePlace(
    executor: DbExecutor,
    scope: AccessScope,
    customerId: string,
    assetId: string | null,
    requestedSiteId: string | null | undefined,
    fallback: string | null,
  ): Promise<Place> {
    const asset = assetId ? await findAssetOfCustomer(executor, scope, assetId, customerId) : null;
    let siteId: string | null;
    if (requestedSiteId) siteId = requestedSiteId;
    else if (asset?.site_id) siteId = asset.site_id;
    else siteId = requestedSiteId === null ? null : fallback;
    if (asset?.site_id && siteId !== asset.site_id) throw invalidReference('siteId', 'the asset is at another site.');
    if (siteId) await assertSiteReference(executor, scope, siteId, customerId);
    return { site_id: siteId, asset_id: asset?.id ?? null, root_asset_id: asset?.root_id ?? null };
  }

  async function offeredStatus(executor: DbExecutor, statusId: string | undefined): Promise<TicketStatusRow> {
    const status = statusId ? await findTicketStatus(executor, statusId) : await findInitialTicketStatus(executor);
    if (status && !status.archived_at) return status;
    if (statusId) throw invalidReference('statusId', 'no such active ticket status.');
    throw new UnprocessableError('No initial ticket status is configured.', 'no_initial_status');
  }

  function assertRating(typeKey: string, rating: number | null) {
    if (rating !== null && typeKey !== FEEDBACK_TYPE_KEY) {
      throw new UnprocessableError('rating: only feedback tickets have a rating.', 'invalid_field', { field: 'rating' });
    }
  }

  async function assertResponsible(executor: DbExecutor, userId: string | null | undefined, groupId: string | null | undefined) {
    if (userId) await assertActiveStaffUser(executor, userId, 'responsibleUserId');
    if (groupId) await assertStaffGroup(executor, groupId, 'responsibleGroupId');
  }

  /** closedAt marks the move into a closed-category status; moving out of one reopens the ticket. */
  function closedAtAfter(before: { status_category: string; closed_at: string | null } | null, status: TicketStatusRow, now: string) {
    if (status.category !== 'closed') return null;
    return before?.status_category === 'closed' ? before.closed_at : now;
  }

  return {
    async list(scope: AccessScope, query: TicketListFilters & { sort?: string; cursor?: string; limit?: number }) {
      // Service levels are internal: filtering by them would tell a portal user what the field hides.
      if (query.sla && scope.principal.kind !== 'staff') throw new ForbiddenError('Service-level filters are for staff.');
      const sort = parseSort(query.sort, SORT_COLUMNS, '-createdAt');
      const now = clock();
      const page = await listVisibleTickets(db, scope, query, { sort, cursor: query.cursor, limit: query.limit }, now);
      return { items: page.rows.map((row) => toTicket(row, scope.principal, now, scope.language)), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toTicket(await getVisible(scope, id), scope.principal, clock(), scope.language);
    },

    /**
     * Portal users raise tickets through the same door: references are resolved through their scope
     * (invisible = 422 like nonexistent), then their capabilities decide (403).
     */
    async create(scope: AccessScope, input: TicketInput, facts: Facts) {
      assertMayRaiseTickets(scope);
      const customerId = input.customerId ?? defaultCustomerId(scope);
      if (!customerId) throw new BadRequestError('Invalid request: body/customerId is required.', [{ path: 'body/customerId', message: 'is required' }]);
      await assertCustomerReference(db, scope, customerId);
      const place = await resolvePlace(db, scope, customerId, input.assetId ?? null, input.siteId, null);
      const type = await findOfferedTicketType(db, input.typeId, customerId);
      if (!type) throw invalidReference('typeId', 'no such ticket type for this customer.');
      assertMayCreateTicket(scope, {
        customerId,
        siteId: place.site_id,
        typeId: type.id,
        statusId: input.statusId,
        responsibleUserId: input.responsibleUserId ?? null,
        responsibleGroupId: input.responsibleGroupId ?? null,
      });
      const status = await offeredStatus(db, input.statusId);
      assertRating(type.key, input.rating ?? null);
      await assertResponsible(db, input.responsibleUserId, input.responsibleGroupId);
      // Nobody named: the routing decides (customer's route, its parent's, the type's default) or the
      // ticket waits in the unassigned queue.
      const named = input.responsibleUserId != null || input.responsibleGroupId != null;
      const responsible = named
        ? { userId: input.responsibleUserId ?? null, groupId: input.responsibleGroupId ?? null }
        : await resolveResponsible(db, type.id, customerId);
      const now = clock().toISOString();
      const closedAt = closedAtAfter(null, status, now);
      const sla = { created_at: now, closed_at: closedAt, first_responded_at: null, ...dueTimes(now, type) };
      const view = await db.transaction().execute(async (trx) => {
        const created: TicketView = {
          id: newId(),
          customer_id: customerId,
          ...place,
          number: await nextNumber(trx, 'ticket', 'T'),
          type_id: type.id,
          status_id: status.id,
          title: input.title,
          description: input.description ?? null,
          priority: input.priority ?? 'normal',
          submitter_user_id: scope.principal.userId,
          responsible_user_id: responsible.userId,
          responsible_group_id: responsible.groupId,
          rating: input.rating ?? null,
          created_at: now,
          updated_at: now,
          closed_at: closedAt,
          archived_at: null,
          first_response_due_at: sla.first_response_due_at,
          resolution_due_at: sla.resolution_due_at,
          first_responded_at: null,
          ...slaColumns(sla),
          type_key: type.key,
          type_name: type.name,
          type_name_translations: type.name_translations,
          status_key: status.key,
          status_name: status.name,
          status_name_translations: status.name_translations,
          status_category: status.category,
        };
        const { type_key: _tk, type_name: _tn, type_name_translations: _tt, status_key: _sk, status_name: _sn, status_name_translations: _st, status_category: _sc, ...row } = created;
        await insertTicket(trx, row);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'ticket',
          resourceId: created.id,
          customerId,
          after: toTicket(created, scope.principal, clock()),
        });
        await notifyTicketEvent(trx, { config, clock }, { kind: 'ticket_created', ticket: created, actor: scope.principal });
        await queueWebhookEvent(trx, clock(), { kind: 'ticket.created', customerId, render: async (_db, reader) => toTicket(created, reader, clock()) });
        return created;
      });
      return toTicket(view, scope.principal, clock(), scope.language);
    },

    async update(scope: AccessScope, id: string, patch: TicketPatch, facts: Facts) {
      const before = await getVisible(scope, id);
      const { statusId, ...others } = patch;
      assertMayUpdateTicket(scope, { siteId: before.site_id }, {
        statusId,
        otherFields: Object.keys(others).filter((key) => others[key as keyof typeof others] !== undefined),
      });
      const changed = <K extends keyof TicketPatch & keyof typeof COLUMN>(key: K) =>
        patch[key] !== undefined && patch[key] !== before[COLUMN[key]];
      const customerId = before.customer_id;

      let place: Place = { site_id: before.site_id, asset_id: before.asset_id, root_asset_id: before.root_asset_id };
      if (changed('assetId') || changed('siteId')) {
        const assetId = patch.assetId === undefined ? before.asset_id : patch.assetId;
        place = await resolvePlace(db, scope, customerId, assetId, patch.siteId, before.site_id);
      }
      let type = { type_id: before.type_id, type_key: before.type_key, type_name: before.type_name, type_name_translations: before.type_name_translations };
      let due = { first_response_due_at: before.first_response_due_at, resolution_due_at: before.resolution_due_at };
      if (patch.typeId && changed('typeId')) {
        const found = await findOfferedTicketType(db, patch.typeId, customerId);
        if (!found) throw invalidReference('typeId', 'no such ticket type for this customer.');
        type = { type_id: found.id, type_key: found.key, type_name: found.name, type_name_translations: found.name_translations };
        // Another type, other promises: the new type's targets, counted from when the ticket was raised.
        due = dueTimes(before.created_at, found);
      }
      const rating = patch.rating === undefined ? before.rating : patch.rating;
      assertRating(type.type_key, rating);
      if (changed('responsibleUserId')) await assertResponsible(db, patch.responsibleUserId, undefined);
      if (changed('responsibleGroupId')) await assertResponsible(db, undefined, patch.responsibleGroupId);
      const now = clock().toISOString();
      let status = {
        status_id: before.status_id,
        status_key: before.status_key,
        status_name: before.status_name,
        status_name_translations: before.status_name_translations,
        status_category: before.status_category,
        closed_at: before.closed_at,
      };
      if (patch.statusId && changed('statusId')) {
        const found = await offeredStatus(db, patch.statusId);
        status = {
          status_id: found.id,
          status_key: found.key,
          status_name: found.name,
          status_name_translations: found.name_translations,
          status_category: found.category,
          closed_at: closedAtAfter(before, found, now),
        };
      }

      const sla = { ...due, created_at: before.created_at, first_responded_at: before.first_responded_at, closed_at: status.closed_at };
      const after: TicketView = {
        ...before,
        ...place,
        ...type,
        ...status,
        ...due,
        ...slaColumns(sla),
        title: patch.title ?? before.title,
        description: patch.description === undefined ? before.description : patch.description,
        priority: patch.priority ?? before.priority,
        responsible_user_id: patch.responsibleUserId === undefined ? before.responsible_user_id : patch.responsibleUserId,
        responsible_group_id: patch.responsibleGroupId === undefined ? before.responsible_group_id : patch.responsibleGroupId,
        rating,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        const { id: _id, type_key: _tk, type_name: _tn, type_name_translations: _tt, status_key: _sk, status_name: _sn, status_name_translations: _st, status_category: _sc, ...changes } = after;
        await updateTicketRow(trx, id, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'ticket',
          resourceId: id,
          customerId,
          before: toTicket(before, scope.principal, clock()),
          after: toTicket(after, scope.principal, clock()),
        });
        const reassigned =
          (after.responsible_user_id !== before.responsible_user_id || after.responsible_group_id !== before.responsible_group_id) &&
          (after.responsible_user_id !== null || after.responsible_group_id !== null);
        if (reassigned) await notifyTicketEvent(trx, { config, clock }, { kind: 'ticket_assigned', ticket: after, actor: scope.principal });
        if (after.status_id !== before.status_id) await notifyTicketEvent(trx, { config, clock }, { kind: 'ticket_status', ticket: after, actor: scope.principal });
        await queueWebhookEvent(trx, clock(), { kind: 'ticket.updated', customerId, render: async (_db, reader) => toTicket(after, reader, clock()) });
      });
      return toTicket(after, scope.principal, clock(), scope.language);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      // Archiving is the back office's: no portal capability covers it.
      assertStaffMay(scope.principal, 'manage_records');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateTicketRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'ticket',
          resourceId: id,
          customerId: before.customer_id,
          before: toTicket(before, scope.principal, clock()),
        });
      });
    },
  };
}

/** Patch field → column, to tell a real change from a field re-sent with its current value. */
const COLUMN = {
  siteId: 'site_id',
  assetId: 'asset_id',
  typeId: 'type_id',
  statusId: 'status_id',
  responsibleUserId: 'responsible_user_id',
  responsibleGroupId: 'responsible_group_id',
} as const;
