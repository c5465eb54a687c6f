/** Server: audit.routes.ts */
export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  /** e.g. customer.update, auth.login_failed */
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  customerId: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
  requestId: string | null;
}
