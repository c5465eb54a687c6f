import type { IconName } from '../components/icons';

/** The back-office areas, in navbar order; staff-routes.tsx maps each to its pages. */
export interface StaffArea {
  /** i18n key under staff.nav / staff.areaDescriptions */
  key:
    | 'customers'
    | 'sites'
    | 'contacts'
    | 'assets'
    | 'workOrders'
    | 'projects'
    | 'orders'
    | 'tickets'
    | 'schedule'
    | 'documents'
    | 'users'
    | 'flags'
    | 'fileTypes'
    | 'ticketTypes'
    | 'auditLog'
    | 'mailLog'
    | 'webhooks';
  /** URL segment below /staff */
  path: string;
  icon: IconName;
  group: 'accounts' | 'work' | 'administration';
  /**
   * Staff roles that see the link. The server decides what each role may do; hiding links that would
   * only answer 403 keeps a technician's navbar free of dead ends (technicians do not manage users).
   */
  roles?: readonly string[];
}

export const STAFF_AREAS: readonly StaffArea[] = [
  { key: 'customers', path: 'customers', icon: 'building', group: 'accounts' },
  { key: 'sites', path: 'sites', icon: 'mapPin', group: 'accounts' },
  { key: 'contacts', path: 'contacts', icon: 'addressBook', group: 'accounts' },
  { key: 'assets', path: 'assets', icon: 'box', group: 'work' },
  { key: 'workOrders', path: 'work-orders', icon: 'clipboardCheck', group: 'work' },
  { key: 'projects', path: 'projects', icon: 'layoutKanban', group: 'work' },
  { key: 'orders', path: 'orders', icon: 'receipt', group: 'work' },
  { key: 'tickets', path: 'tickets', icon: 'ticket', group: 'work' },
  { key: 'schedule', path: 'schedule', icon: 'calendar', group: 'work' },
  { key: 'documents', path: 'documents', icon: 'fileText', group: 'work' },
  { key: 'users', path: 'users', icon: 'users', group: 'administration', roles: ['admin', 'coordinator'] },
  // Settings: every staff user reads them (pickers), only admins change them, so only admins get the pages.
  { key: 'ticketTypes', path: 'ticket-types', icon: 'tag', group: 'administration', roles: ['admin'] },
  { key: 'fileTypes', path: 'file-types', icon: 'folder', group: 'administration', roles: ['admin'] },
  { key: 'flags', path: 'flags', icon: 'flag', group: 'administration', roles: ['admin'] },
  { key: 'auditLog', path: 'audit-log', icon: 'history', group: 'administration', roles: ['admin'] },
  { key: 'mailLog', path: 'mail-log', icon: 'inbox', group: 'administration', roles: ['admin'] },
  { key: 'webhooks', path: 'webhooks', icon: 'world', group: 'administration', roles: ['admin'] },
];

export const STAFF_AREA_GROUPS = ['accounts', 'work', 'administration'] as const;

export function areasVisibleTo(roles: readonly string[]): StaffArea[] {
  return STAFF_AREAS.filter((area) => !area.roles || area.roles.some((role) => roles.includes(role)));
}
