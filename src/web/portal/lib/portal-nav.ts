import type { IconName } from '../../components/icons';
import type { PortalAccess } from './portal-me';
import type { PortalArea } from './types';

export interface PortalNavEntry {
  key: string;
  path: string;
  icon: IconName;
  /** Shown only when the customer has (one of) these areas switched on for the user. */
  area?: PortalArea | readonly PortalArea[];
  /** Further condition (capabilities). */
  when?: (access: PortalAccess) => boolean;
  end?: boolean;
}

/**
 * The portal's areas in nav order. Documents, lists, staff and other users are never here; colleagues
 * only for customer admins. Labels are `portal:nav.<key>`.
 */
/** The asset pages serve both the assets area and the live-site devices area (devices are assets). */
export const ASSET_AREAS: readonly PortalArea[] = ['assets', 'devices'];

export const PORTAL_NAV: readonly PortalNavEntry[] = [
  { key: 'dashboard', path: '/portal', icon: 'home', end: true },
  { key: 'assets', path: '/portal/assets', icon: 'box', area: ASSET_AREAS },
  { key: 'workOrders', path: '/portal/work-orders', icon: 'clipboardCheck', area: 'work_orders' },
  { key: 'projects', path: '/portal/projects', icon: 'layoutKanban', area: 'projects' },
  { key: 'orders', path: '/portal/orders', icon: 'receipt', area: 'orders' },
  { key: 'tickets', path: '/portal/tickets', icon: 'ticket', area: 'tickets' },
  { key: 'schedule', path: '/portal/schedule', icon: 'calendar', area: 'schedule' },
  { key: 'files', path: '/portal/files', icon: 'folder', area: 'files' },
  { key: 'colleagues', path: '/portal/colleagues', icon: 'users', when: (access) => access.facts.capabilities.customerAdmin },
];

export function navEntriesFor(access: PortalAccess): PortalNavEntry[] {
  return PORTAL_NAV.filter((entry) => (!entry.area || access.has(entry.area)) && (!entry.when || entry.when(access)));
}
