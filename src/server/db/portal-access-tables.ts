/** Row types of migration 004: portal users' access configuration, one-time links, the mail outbox. */
export type AssetMode = 'all_in_scope' | 'granted_only';
export type WorkOrderMode = 'all_under_visible_assets' | 'assigned_only';
export type ProjectMode = 'all_in_scope' | 'granted_only';
export type TicketMode = 'own' | 'all_in_scope';
export type OrderMode = 'all_in_scope' | 'own';
export type ScheduleMode = 'assigned_only';

export interface UserAccessTable {
  user_id: string;
  sites_restricted: number;
  /** 1: a user linked to a contact with sites takes the contact's sites as their site scope (migration 016). */
  sites_from_contact: number;
  asset_mode: AssetMode;
  work_order_mode: WorkOrderMode;
  project_mode: ProjectMode;
  ticket_mode: TicketMode;
  order_mode: OrderMode;
  schedule_mode: ScheduleMode;
  capabilities: string;
  updated_at: string;
}

export interface UserSiteAccessTable {
  user_id: string;
  site_id: string;
  level: 'read' | 'write';
}

export type GrantResourceType = 'asset' | 'project' | 'work_order' | 'order' | 'ticket' | 'schedule_entry';
export type GrantKind = 'visible' | 'assigned';

export interface AccessGrantsTable {
  id: string;
  user_id: string;
  resource_type: GrantResourceType;
  resource_id: string;
  kind: GrantKind;
  customer_id: string;
  created_at: string;
  created_by_user_id: string | null;
}

export interface OneTimeLinkTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  created_by_user_id: string | null;
}

export interface MailOutboxTable {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** Migration 011: the Reply-To header (a ticket's reply address), null for most mails. */
  reply_to: string | null;
  user_id: string | null;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface PortalAccessTables {
  user_access: UserAccessTable;
  user_site_access: UserSiteAccessTable;
  access_grants: AccessGrantsTable;
  invitations: OneTimeLinkTable;
  password_resets: OneTimeLinkTable;
  mail_outbox: MailOutboxTable;
}
