import { useSignedInUser } from '../features/auth/use-signed-in-user';

/**
 * What each staff role may change, mirroring the server's staff-permissions.ts. The server decides;
 * the UI only hides buttons that would answer 403 (technicians see records but manage no customers).
 */
export type StaffAction = 'manage_users' | 'manage_settings' | 'manage_customers' | 'manage_records' | 'manage_documents' | 'view_audit';

const ALLOWED: Record<StaffAction, readonly string[]> = {
  manage_users: ['admin'],
  manage_settings: ['admin'],
  manage_customers: ['admin', 'coordinator'],
  manage_records: ['admin', 'coordinator', 'technician'],
  manage_documents: ['admin', 'coordinator'],
  view_audit: ['admin'],
};

export function rolesMay(roles: readonly string[], action: StaffAction): boolean {
  return roles.some((role) => ALLOWED[action].includes(role));
}

export function useStaffCan(action: StaffAction): boolean {
  const me = useSignedInUser();
  return me.kind === 'staff' && rolesMay(me.roles, action);
}
