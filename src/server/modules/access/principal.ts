/**
 * Who is calling. Built once per request by the authentication plugin from the session or API token;
 * every service takes it and asks modules/access what this principal may see or do.
 */
export type StaffRole = 'admin' | 'coordinator' | 'technician';

export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  role: StaffRole;
  sessionId: string | null;
}

export interface ExternalPrincipal {
  kind: 'external';
  userId: string;
  sessionId: string | null;
}

export type Principal = StaffPrincipal | ExternalPrincipal;

export function isStaff(principal: Principal): principal is StaffPrincipal {
  return principal.kind === 'staff';
}

/** Staff roles that may manage users and settings. */
export function isAdmin(principal: Principal): boolean {
  return principal.kind === 'staff' && principal.role === 'admin';
}
