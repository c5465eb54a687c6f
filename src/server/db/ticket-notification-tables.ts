/** Row types of migration 010: ticket routing per customer, followers, notifications and preferences. */
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

export interface TicketNotificationTables {
  ticket_routes: TicketRoutesTable;
  ticket_followers: TicketFollowersTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
}
