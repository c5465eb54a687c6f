import { grantedAssetPaths, grantedIds, type ReferenceFacts, type PortalArea } from './access-facts.js';

/**
 * The portal access rules of SPEC §2 over plain rows: the reference the SQL filters are tested against,
 * and the engine of "why can this user see this record?". Each answer is the list of reasons that make
 * the record visible (the grant chain); an empty list means invisible, with `denied` saying why.
 */
export interface Row {
  id: string;
  customer_id?: string | null;
  site_id?: string | null;
  archived_at?: string | null;
  path?: string;
  project_id?: string | null;
  asset_id?: string | null;
  submitter_user_id?: string | null;
  placed_by_user_id?: string | null;
  resource_type?: string;
  resource_id?: string;
  file_type_id?: string;
}

/** The records the rules look at to decide about another record (a work order's asset, a file's owner). */
export interface World {
  assets: Map<string, Row>;
  workOrders: Map<string, Row>;
  projects: Map<string, Row>;
  orders: Map<string, Row>;
  tickets: Map<string, Row>;
  sites: Map<string, Row>;
  scheduleAssignees: Map<string, Set<string>>;
  customerVisibleFileTypes: Set<string>;
}

export interface Verdict {
  visible: boolean;
  reasons: string[];
  denied: string | null;
}

const yes = (...reasons: string[]): Verdict => ({ visible: true, reasons, denied: null });
const no = (denied: string): Verdict => ({ visible: false, reasons: [], denied });

function scopeCheck(facts: ReferenceFacts, row: Row, area: PortalArea): string | null {
  if (!row.customer_id || !facts.customerIds.includes(row.customer_id)) return 'the record belongs to a customer outside the user’s scope';
  if (!facts.areaCustomerIds[area].includes(row.customer_id)) return `the ${area.replace('_', ' ')} area is switched off for this customer`;
  if (row.archived_at) return 'the record is archived';
  return null;
}

function siteReason(facts: ReferenceFacts, row: Row): string | null {
  if (!facts.sitesRestricted) return 'all sites of the customer are in scope';
  if (row.site_id && facts.readableSiteIds.includes(row.site_id)) return `site ${row.site_id} is granted (directly or through a parent site)`;
  return null;
}

export function assetVerdict(facts: ReferenceFacts, row: Row): Verdict {
  const customerId = row.customer_id ?? '';
  if (!facts.customerIds.includes(customerId)) return no('the record belongs to a customer outside the user’s scope');
  const areaOn =
    facts.areaCustomerIds.assets.includes(customerId) || (!!row.project_id && facts.areaCustomerIds.devices.includes(customerId));
  if (!areaOn) return no('the assets area is switched off for this customer');
  if (row.archived_at) return no('the record is archived');
  const reasons: string[] = [];
  if (facts.modes.assets === 'all_in_scope') {
    const site = siteReason(facts, row);
    if (site) reasons.push(`asset mode is all-in-scope and ${site}`);
  }
  for (const path of grantedAssetPaths(facts)) {
    if (row.path?.startsWith(path)) {
      const grantedId = path.split('/').at(-2)!;
      reasons.push(grantedId === row.id ? `the asset is granted to the user` : `asset ${grantedId} above it is granted to the user (grants cascade down the tree)`);
    }
  }
  if (row.project_id && grantedIds(facts, 'project').includes(row.project_id)) reasons.push(`it is a device of granted project ${row.project_id}`);
  return reasons.length ? yes(...reasons) : no(facts.modes.assets === 'granted_only' ? 'asset mode is granted-only and no grant covers this asset' : 'the asset’s site is not in the user’s site scope');
}

export function workOrderVerdict(facts: ReferenceFacts, world: World, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'work_orders');
  if (scope) return no(scope);
  const reasons: string[] = [];
  if (grantedIds(facts, 'work_order').includes(row.id)) reasons.push('the work order is granted to the user');
  if (facts.modes.workOrders === 'all_under_visible_assets') {
    const asset = row.asset_id ? world.assets.get(row.asset_id) : undefined;
    if (asset) {
      const verdict = assetVerdict(facts, asset);
      if (verdict.visible) reasons.push(`its asset ${asset.id} is visible: ${verdict.reasons.join('; ')}`);
    } else if (!row.asset_id && facts.modes.assets === 'all_in_scope') {
      const site = siteReason(facts, row);
      if (site) reasons.push(`it has no asset and ${site}`);
    }
    if (row.project_id && grantedIds(facts, 'project').includes(row.project_id)) reasons.push(`it belongs to granted project ${row.project_id}`);
  }
  return reasons.length ? yes(...reasons) : no(facts.modes.workOrders === 'assigned_only' ? 'work-order mode is assigned-only and this one is not granted' : 'no visible asset or grant leads to it');
}

export function projectVerdict(facts: ReferenceFacts, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'projects');
  if (scope) return no(scope);
  const reasons: string[] = [];
  if (facts.modes.projects === 'all_in_scope') {
    const site = siteReason(facts, row);
    if (site) reasons.push(`project mode is all-in-scope and ${site}`);
  }
  if (grantedIds(facts, 'project').includes(row.id)) reasons.push('the project is granted to the user');
  return reasons.length ? yes(...reasons) : no('project mode is granted-only and this project is not granted');
}

export function ticketVerdict(facts: ReferenceFacts, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'tickets');
  if (scope) return no(scope);
  const reasons: string[] = [];
  if (row.submitter_user_id === facts.userId) reasons.push('the user submitted it');
  if (grantedIds(facts, 'ticket').includes(row.id)) reasons.push('the ticket is granted to the user');
  if (facts.modes.tickets === 'all_in_scope') {
    const site = siteReason(facts, row);
    if (site) reasons.push(`ticket mode is all-in-scope and ${site}`);
  }
  return reasons.length ? yes(...reasons) : no('ticket mode is own-tickets and someone else submitted it');
}

export function orderVerdict(facts: ReferenceFacts, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'orders');
  if (scope) return no(scope);
  const reasons: string[] = [];
  if (row.placed_by_user_id === facts.userId) reasons.push('the user placed it');
  if (grantedIds(facts, 'order').includes(row.id)) reasons.push('the order is granted to the user');
  if (facts.modes.orders === 'all_in_scope') {
    const site = siteReason(facts, row);
    if (site) reasons.push(`order mode is all-in-scope and ${site}`);
  }
  return reasons.length ? yes(...reasons) : no('order mode is own-orders and someone else placed it');
}

export function scheduleEntryVerdict(facts: ReferenceFacts, world: World, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'schedule');
  if (scope) return no(scope);
  const reasons: string[] = [];
  if (world.scheduleAssignees.get(row.id)?.has(facts.userId)) reasons.push('the user is assigned to it');
  if (grantedIds(facts, 'schedule_entry').includes(row.id)) reasons.push('the entry is granted to the user');
  return reasons.length ? yes(...reasons) : no('schedule entries show only when the user is assigned');
}

export function siteVerdict(facts: ReferenceFacts, row: Row): Verdict {
  if (!row.customer_id || !facts.customerIds.includes(row.customer_id)) return no('the site belongs to a customer outside the user’s scope');
  if (row.archived_at) return no('the site is archived');
  if (!facts.sitesRestricted) return yes('all sites of the customer are in scope');
  return facts.readableSiteIds.includes(row.id) ? yes('the site is granted (directly or through a parent site)') : no('the site is not among the user’s sites');
}

export function fileVerdict(facts: ReferenceFacts, world: World, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'files');
  if (scope) return no(scope);
  if (!row.file_type_id || !world.customerVisibleFileTypes.has(row.file_type_id)) return no('its file type is not customer-visible');
  const ownerId = row.resource_id ?? '';
  const owner = (() => {
    switch (row.resource_type) {
      case 'asset': return world.assets.get(ownerId) && assetVerdict(facts, world.assets.get(ownerId)!);
      case 'work_order': return world.workOrders.get(ownerId) && workOrderVerdict(facts, world, world.workOrders.get(ownerId)!);
      case 'project': return world.projects.get(ownerId) && projectVerdict(facts, world.projects.get(ownerId)!);
      case 'order': return world.orders.get(ownerId) && orderVerdict(facts, world.orders.get(ownerId)!);
      case 'ticket': return world.tickets.get(ownerId) && ticketVerdict(facts, world.tickets.get(ownerId)!);
      case 'site': return world.sites.get(ownerId) && siteVerdict(facts, world.sites.get(ownerId)!);
      case 'customer': return facts.customerIds.includes(ownerId) ? yes('it belongs to the user’s customer') : no('not the user’s customer');
      default: return undefined;
    }
  })();
  if (!owner || !owner.visible) return no(`the ${row.resource_type?.replace('_', ' ')} it belongs to is not visible`);
  return yes(`its ${row.resource_type?.replace('_', ' ')} is visible: ${owner.reasons.join('; ')}`);
}
