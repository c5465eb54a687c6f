import { ForbiddenError } from '../../plugins/errors.js';
import type { Principal, StaffPrincipal, StaffRole } from './principal.js';

/**
 * What each staff role may change (SPEC §1): admins everything; coordinators customers, records and portal
 * access; technicians work on records but manage neither customers, users nor settings.
 */
export type StaffAction =
  | 'manage_users' // staff users, staff groups
  | 'manage_settings' // ticket types and statuses, file types, flags
  | 'manage_customers' // customers, sites, contacts, portal access of external users
  | 'manage_records' // assets, work orders, projects, orders, tickets, schedule, files
  | 'manage_documents' // internal policies, procedures, lists
  | 'view_audit';

const ALLOWED: Record<StaffAction, readonly StaffRole[]> = {
  manage_users: ['admin'],
  manage_settings: ['admin'],
  manage_customers: ['admin', 'coordinator'],
  manage_records: ['admin', 'coordinator', 'technician'],
  manage_documents: ['admin', 'coordinator'],
  view_audit: ['admin'],
};

export function staffMay(principal: Principal, action: StaffAction): boolean {
  return principal.kind === 'staff' && ALLOWED[action].includes(principal.role);
}

export function assertStaffMay(principal: Principal, action: StaffAction): asserts principal is StaffPrincipal {
  if (!staffMay(principal, action)) throw new ForbiddenError('Your role does not allow this.');
}
