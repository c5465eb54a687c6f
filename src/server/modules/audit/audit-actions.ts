/**
 * Every action the audit log can hold, and the record types its events name. The writers are typed
 * against these lists (recordAuditEvent, recordChange), so a new code fails typecheck until it is listed
 * here; the API filters accept these values only, and the back office has a label for each.
 */

export const AUDIT_RECORD_TYPES = [
  'user',
  'customer',
  'site',
  'contact',
  'asset',
  'work_order',
  'work_order_task',
  'work_order_note',
  'project',
  'project_task',
  'project_part',
  'project_report',
  'order',
  'order_task',
  'ticket',
  'ticket_comment',
  'ticket_type',
  'ticket_status',
  'ticket_route',
  'schedule_entry',
  'document',
  'file',
  'file_type',
  'flag',
  'staff_group',
  'api_token',
  'settings',
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

const crud = <T extends AuditRecordType>(type: T) => [`${type}.create`, `${type}.update`, `${type}.archive`] as const;
const listItem = <T extends AuditRecordType>(type: T) => [`${type}.create`, `${type}.update`, `${type}.delete`] as const;
const flagged = <T extends AuditRecordType>(type: T) => [`${type}.flag_added`, `${type}.flag_removed`] as const;

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.mfa_enrolled',
  'auth.mfa_disabled',
  'auth.mfa_failed',
  'auth.mfa_recovery_code_used',
  'auth.mfa_recovery_codes_regenerated',
  'access.updated',
  'access.grant_added',
  'access.grant_removed',
  'access.preview_started',
  'access.preview_ended',
  'user.create',
  'user.update',
  'user.bootstrap_admin',
  'user.invited',
  'user.created_with_initial_password',
  'user.invitation_resent',
  'user.invitation_revoked',
  'user.activated',
  'user.password_reset_sent_by_staff',
  'user.mfa_reset',
  'settings.update',
  'api_token.create',
  'api_token.revoke',
  ...crud('customer'),
  ...crud('site'),
  ...crud('contact'),
  ...crud('asset'),
  ...crud('work_order'),
  ...flagged('work_order'),
  ...listItem('work_order_task'),
  'work_order_note.create',
  ...crud('project'),
  ...flagged('project'),
  ...listItem('project_task'),
  ...listItem('project_part'),
  'project_report.create',
  ...crud('order'),
  ...flagged('order'),
  ...listItem('order_task'),
  ...crud('ticket'),
  'ticket_comment.create',
  ...crud('ticket_type'),
  ...crud('ticket_status'),
  ...listItem('ticket_route'),
  ...crud('schedule_entry'),
  ...crud('document'),
  'file.create',
  'file.archive',
  ...crud('file_type'),
  ...crud('flag'),
  ...crud('staff_group'),
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Events whose details name a second record: the one granted to (or taken from) the user. */
export const GRANT_ACTIONS: readonly AuditAction[] = ['access.grant_added', 'access.grant_removed'];
