import type { ColumnType, Generated } from 'kysely';
import type { BackOfficeTables } from './back-office-tables.js';
import type { PortalAccessTables } from './portal-access-tables.js';
import type { TicketNotificationTables } from './ticket-notification-tables.js';
import type { WebhookTables } from './webhook-tables.js';
import type { IssuedDocumentTables } from './issued-document-tables.js';
import type { ApprovalTables } from './approval-tables.js';

/**
 * Table types. Timestamps are ISO-8601 strings on both engines (see database.ts); booleans are stored
 * as 0/1 integers on both engines so one query serves SQLite and PostgreSQL alike.
 */
export interface UsersTable {
  id: string;
  kind: 'staff' | 'external';
  login: string;
  email: string | null;
  display_name: string;
  role: 'admin' | 'coordinator' | 'technician' | null;
  password_hash: string | null;
  status: 'active' | 'disabled' | 'pending';
  must_change_password: number;
  locale: string | null;
  created_at: string;
  updated_at: string;
  password_changed_at: string | null;
  last_login_at: string | null;
  /** External users: the customer or consolidated account they belong to (migration 004). */
  customer_id: ColumnType<string | null, string | null | undefined, string | null>;
  contact_id: ColumnType<string | null, string | null | undefined, string | null>;
  role_template: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked database does not hand out live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
  ip: string | null;
  user_agent: string | null;
  /** Set on preview sessions: the staff user looking at the portal as this session's user (read-only). */
  preview_by_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 while the user must still enrol a second factor: the session reaches only enrolment (migration 013). */
  mfa_enrolment_required: ColumnType<number, number | undefined, number>;
}

/** A user's authenticator (migration 013); confirmed_at is null until the first code proved it works. */
export interface UserMfaTable {
  user_id: string;
  secret: string;
  created_at: string;
  confirmed_at: string | null;
  /** The 30-second step of the last accepted code: a code is never accepted twice. */
  last_used_step: number | null;
}

export interface MfaRecoveryCodesTable {
  /** SHA-256 of the normalized code; the code itself is shown once and never stored. */
  code_hash: string;
  user_id: string;
  created_at: string;
  used_at: string | null;
}

/** Between a correct password and a correct code; id is the SHA-256 of the cookie token. */
export interface MfaPendingLoginsTable {
  id: string;
  user_id: string;
  expires_at: string;
}

/** Instance-wide switches admins change in the UI. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** Integration tokens (see migration 006): `token_hash` is the SHA-256 of the secret, never the secret. */
export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  /** Customer the event concerns, so customer admins and exports can be scoped later. */
  customer_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  /** JSON text: changed fields, reasons, request facts. */
  details: string | null;
  ip: string | null;
  request_id: string | null;
}

/** One row (id 1): moves on every change the portal access facts depend on (migration 014). */
export interface AccessEpochTable {
  id: number;
  value: number;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

/** The word index of assets (migration 026): written by triggers only, read by text-search.ts. */
export interface AssetSearchWordsTable {
  word: string;
  /** lower(name): the list's sort key by name. */
  sort_name: string;
  asset_id: string;
}

export interface Database extends BackOfficeTables, PortalAccessTables, TicketNotificationTables, WebhookTables, IssuedDocumentTables, ApprovalTables {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  rate_limits: RateLimitsTable;
  access_epoch: AccessEpochTable;
  user_mfa: UserMfaTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  mfa_pending_logins: MfaPendingLoginsTable;
  settings: SettingsTable;
  asset_search_words: AssetSearchWordsTable;
}

export type { Generated };
