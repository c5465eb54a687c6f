/**
 * The access rules of SPEC §2 stated once more, independently of the product's policy code
 * (modules/access): over the matrix's catalogue of things and the principals' declared profiles, which
 * records a caller sees. The matrix compares the API with this statement; a disagreement is either a bug
 * in the product or a misreading here — both worth knowing.
 */

export type Kind =
  | 'customer' | 'site' | 'contact' | 'user' | 'asset' | 'workOrder' | 'project' | 'order' | 'ticket' | 'ticketType'
  | 'schedule' | 'file' | 'notification' | 'auditEvent' | 'mail' | 'document' | 'staffGroup' | 'flag' | 'fileType' | 'apiToken' | 'webhook';

/** A record of the world and the facts about it that the rules look at. References are labels of other things. */
export interface Thing {
  label: string;
  kind: Kind;
  id: string;
  /** The customer the record belongs to (for a customer: itself). */
  customer?: string;
  site?: string | null;
  archived?: boolean;
  /** Assets above this one, nearest last. */
  ancestors?: string[];
  /** Assets and work orders: the project they belong to. */
  project?: string;
  /** Work orders: their asset. */
  asset?: string;
  /** Tickets: the principal who raised it. */
  submitter?: string;
  /** Notifications: the user they are for. */
  recipient?: string;
  /** Files: the record they are attached to. */
  owner?: string;
  /** Files, flags, file types: shown in the portal at all. */
  customerVisibleType?: boolean;
  /** Contacts: their related sites. */
  contactSites?: string[];
  userKind?: 'staff' | 'external';
  /** Users: the sites a (site-restricted) colleague is limited to; null = all sites of the customer. */
  colleagueSites?: string[] | null;
  /** Whether write routes may be tried on it (a principal's own user record is not: writes would change the caller). */
  writable?: boolean;
  /** Ids of its sub-records, for routes like /projects/{id}/tasks/{taskId}. */
  nested?: Record<string, string>;
}

export interface PortalProfile {
  name: string;
  /** Label of the user's customer (a consolidated account spans its children too). */
  customer: string;
  /** null: every site of the customers; otherwise the sites granted, by label. */
  sites: { site: string; level: 'read' | 'write' }[] | null;
  modes: {
    assets: 'all_in_scope' | 'granted_only';
    workOrders: 'all_under_visible_assets' | 'assigned_only';
    projects: 'all_in_scope' | 'granted_only';
    tickets: 'own' | 'all_in_scope';
    orders: 'all_in_scope' | 'own';
  };
  capabilities: { manageDevices: boolean; createTickets: boolean; uploadFiles: boolean; customerAdmin: boolean; approve: boolean };
  /** Record grants, by label of the granted record. */
  grants: string[];
  /** The customer-specific ticket types they may raise (besides global ones), by label. */
  ticketTypes: string[];
}

export class Catalogue {
  private readonly byLabel: Map<string, Thing>;
  constructor(readonly things: Thing[]) {
    this.byLabel = new Map(things.map((t) => [t.label, t]));
  }
  get(label: string): Thing {
    const thing = this.byLabel.get(label);
    if (!thing) throw new Error(`no thing labelled ${label}`);
    return thing;
  }
  /** The customers a profile spans: its own and, for a consolidated account, the children (`X.customer` → `X.child`). */
  customersOf(p: PortalProfile): string[] {
    return p.customer.endsWith('.customer') ? [p.customer, p.customer.replace('.customer', '.child')] : [p.customer];
  }
}

/** Portal users see a record of their customers on a site in their scope; without a site only when sites are not narrowed. */
function siteInScope(p: PortalProfile, site: string | null | undefined): boolean {
  if (p.sites === null) return true;
  return !!site && p.sites.some((s) => s.site === site);
}

export function siteWritable(p: PortalProfile, site: string | null | undefined): boolean {
  if (p.sites === null) return true;
  return !!site && p.sites.some((s) => s.site === site && s.level === 'write');
}

/** Whether a portal user with profile `p` sees `t`. */
export function portalSees(c: Catalogue, p: PortalProfile, t: Thing): boolean {
  const mine = !!t.customer && c.customersOf(p).includes(t.customer);
  const live = !t.archived;
  const granted = (label: string | undefined) => !!label && p.grants.includes(label);
  switch (t.kind) {
    case 'customer':
      return mine && live;
    case 'site':
      return mine && live && siteInScope(p, t.label);
    case 'contact':
      return mine && live && p.capabilities.customerAdmin && (p.sites === null || (!!t.contactSites?.length && t.contactSites.every((s) => siteInScope(p, s))));
    case 'user':
      if (t.label === p.name) return true;
      return t.userKind === 'external' && mine && p.capabilities.customerAdmin && (p.sites === null || (t.colleagueSites !== null && !!t.colleagueSites?.every((s) => siteInScope(p, s))));
    case 'asset':
      if (!mine || !live) return false;
      return (p.modes.assets === 'all_in_scope' && siteInScope(p, t.site)) || granted(t.label) || (t.ancestors ?? []).some(granted) || granted(t.project);
    case 'workOrder': {
      if (!mine || !live) return false;
      if (granted(t.label)) return true;
      if (p.modes.workOrders === 'assigned_only') return false;
      if (t.asset) return portalSees(c, p, c.get(t.asset)) || granted(t.project);
      return (p.modes.assets === 'all_in_scope' && siteInScope(p, t.site)) || granted(t.project);
    }
    case 'project':
      return mine && live && ((p.modes.projects === 'all_in_scope' && siteInScope(p, t.site)) || granted(t.label));
    case 'order':
      return mine && live && ((p.modes.orders === 'all_in_scope' && siteInScope(p, t.site)) || granted(t.label));
    case 'ticket':
      return mine && live && (t.submitter === p.name || granted(t.label) || (p.modes.tickets === 'all_in_scope' && siteInScope(p, t.site)));
    case 'schedule':
      return mine && live && granted(t.label);
    case 'file':
      return mine && live && !!t.customerVisibleType && !!t.owner && portalSees(c, p, c.get(t.owner));
    case 'ticketType':
      // A portal user is offered the types they may raise, and sees no other (SPEC §2.4).
      return p.capabilities.createTickets && p.ticketTypes.includes(t.label);
    case 'notification':
      return t.recipient === p.name;
    case 'flag':
    case 'fileType':
      return !!t.customerVisibleType;
    case 'auditEvent':
    case 'mail':
    case 'document':
    case 'staffGroup':
    case 'apiToken':
    case 'webhook':
      return false;
  }
}

/** Staff see every record of the back office (archived ones too, by id), except other people's notifications and tokens. */
export function staffSees(t: Thing, staffName: string): boolean {
  if (t.kind === 'notification') return t.recipient === staffName;
  if (t.kind === 'apiToken') return false;
  return true;
}
