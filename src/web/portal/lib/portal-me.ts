import { useSignedInUser } from '../../features/auth/use-signed-in-user';
import type { PortalArea, PortalCapabilities, PortalFacts, PortalMe } from './types';

// Nothing granted: the toggles off, the lists empty, no approval authority.
const NO_CAPABILITIES: PortalCapabilities = {
  manageDevices: false, createTickets: false, uploadFiles: false, customerAdmin: false, approve: false, approvalLimit: null,
  ticketTypeIds: [], statusIds: [], recipientUserIds: [], recipientGroupIds: [],
};

const LEAST_MODES: PortalFacts['modes'] = { assets: 'granted_only', workOrders: 'assigned_only', projects: 'granted_only', tickets: 'own', orders: 'own', schedule: 'assigned_only' };

/** Deny by default: a /me without portal facts (should not happen for external users) offers nothing. */
const NO_FACTS: PortalFacts = { customerIds: [], areas: [], sitesRestricted: true, writableSiteIds: [], modes: LEAST_MODES, capabilities: NO_CAPABILITIES };

export interface PortalAccess {
  me: PortalMe;
  facts: PortalFacts;
  /** Staff are previewing the portal as this user: everything is read-only. */
  previewing: boolean;
  /** Whether the area (or one of the areas) is switched on for this user. */
  has(area: PortalArea | readonly PortalArea[]): boolean;
  /** May raise tickets (and comment), and it is not a read-only preview. */
  canRaiseTickets: boolean;
  /** May write on this site (raise tickets there, comment, upload); null = a record without a site. */
  siteWritable(siteId: string | null): boolean;
  /** May add, edit and archive devices (assets) on this site: manage-devices, write access, no preview. */
  canManageDevicesOn(siteId: string | null): boolean;
  /** May add devices somewhere (manage-devices and not a preview); where is up to the site rules. */
  canAddDevices: boolean;
}

/** The signed-in portal user with their areas and capabilities (GET /me), for pages below RequireSession. */
export function usePortalAccess(): PortalAccess {
  const me: PortalMe = useSignedInUser();
  const facts = me.portal ?? NO_FACTS;
  const previewing = Boolean(me.previewBy);
  const siteWritable = (siteId: string | null) => !facts.sitesRestricted || (siteId !== null && facts.writableSiteIds.includes(siteId));
  return {
    me,
    facts,
    previewing,
    has: (area) => (typeof area === 'string' ? [area] : area).some((one) => facts.areas.includes(one)),
    canRaiseTickets: facts.capabilities.createTickets && !previewing,
    siteWritable,
    canManageDevicesOn: (siteId) => facts.capabilities.manageDevices && !previewing && siteWritable(siteId),
    canAddDevices: facts.capabilities.manageDevices && !previewing && (!facts.sitesRestricted || facts.writableSiteIds.length > 0),
  };
}
