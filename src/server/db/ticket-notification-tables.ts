import type { ColumnType } from 'kysely';

/** Row types of migrations 010 and 011: ticket routing per customer, followers, notifications, preferences, reply tokens. */
export interface TicketRoutesTable {
  ticket_type_id: string;
  customer_id: string;
  responsible_user_id: string | null;
  responsible_group_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface TicketFollowersTable {
  ticket_id: string;
  user_id: string;
  created_at: string;
}

export type NotificationDelivery = 'immediate' | 'digest' | 'off';

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  ticket_id: string | null;
  /** Migration 024: the order or work order an approval notification is about. */
  record_type: ColumnType<'order' | 'work_order' | null, 'order' | 'work_order' | null | undefined, 'order' | 'work_order' | null>;
  record_id: ColumnType<string | null, string | null | undefined, string | null>;
  customer_id: string | null;
  actor_user_id: string | null;
  /** JSON: what the event said, as its recipient may see it. */
  data: string;
  created_at: string;
  read_at: string | null;
  digest_due_at: string | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: string;
  delivery: NotificationDelivery;
  updated_at: string;
}

/** Migration 011: a reply address handed out in one notification mail; the token itself is never stored. */
export interface TicketReplyTokensTable {
  token_hash: string;
  ticket_id: string;
  user_id: string;
  comment_visibility: 'public' | 'internal';
  created_at: string;
  expires_at: string;
}

export interface TicketNotificationTables {
  ticket_routes: TicketRoutesTable;
  ticket_followers: TicketFollowersTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  ticket_reply_tokens: TicketReplyTokensTable;
}
