import { grantedAssetPaths, grantedIds, type ReferenceFacts, type PortalArea } from './access-facts.js';
import type { ExplainableType, Reason, ReasonStep } from './access-reasons.js';

/**
 * The portal access rules of SPEC §2 over plain rows: the reference the SQL filters are tested against,
 * and the engine of "why can this user see this record?". Each answer is the list of reasons that make
 * the record visible (each a chain of steps, see access-reasons.ts); an empty list means invisible, with
 * `denied` saying why.
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
  reasons: Reason[];
  denied: ReasonStep | null;
}

const yes = (...reasons: Reason[]): Verdict => ({ visible: true, reasons, denied: null });
const no = (denied: ReasonStep): Verdict => ({ visible: false, reasons: [], denied });
const ref = (type: ExplainableType, id: string) => ({ type, id });

function scopeCheck(facts: ReferenceFacts, row: Row, area: PortalArea): ReasonStep | null {
  if (!row.customer_id || !facts.customerIds.includes(row.customer_id)) return { code: 'customer_out_of_scope' };
  if (!facts.areaCustomerIds[area].includes(row.customer_id)) return { code: 'area_off', area };
  if (row.archived_at) return { code: 'archived' };
  return null;
}

/** A step that holds because the row's site is in scope, and, when it is the contact's, the contact. */
function viaSite(facts: ReferenceFacts, step: ReasonStep): Reason {
  return facts.siteSource === 'contact' && facts.contactId ? [step, { code: 'site_from_contact', record: { type: 'contact', id: facts.contactId } }] : [step];
}

/** Why an all-in-scope mode reaches the row's site, if it does. */
function inScopeReason(facts: ReferenceFacts, row: Row, area: PortalArea): Reason | null {
  if (!facts.sitesRestricted) return [{ code: 'in_scope_all_sites', area }];
  if (row.site_id && facts.readableSiteIds.includes(row.site_id)) return viaSite(facts, { code: 'in_scope_site', area, record: ref('site', row.site_id) });
  return null;
}

export function assetVerdict(facts: ReferenceFacts, row: Row): Verdict {
  const customerId = row.customer_id ?? '';
  if (!facts.customerIds.includes(customerId)) return no({ code: 'customer_out_of_scope' });
  const areaOn =
    facts.areaCustomerIds.assets.includes(customerId) || (!!row.project_id && facts.areaCustomerIds.devices.includes(customerId));
  if (!areaOn) return no({ code: 'area_off', area: 'assets' });
  if (row.archived_at) return no({ code: 'archived' });
  const reasons: Reason[] = [];
  if (facts.modes.assets === 'all_in_scope') {
    const site = inScopeReason(facts, row, 'assets');
    if (site) reasons.push(site);
  }
  for (const path of grantedAssetPaths(facts)) {
    if (row.path?.startsWith(path)) {
      const grantedId = path.split('/').at(-2)!;
      reasons.push([{ code: grantedId === row.id ? 'granted' : 'ancestor_granted', record: ref('asset', grantedId) }]);
    }
  }
  if (row.project_id && grantedIds(facts, 'project').includes(row.project_id)) reasons.push([{ code: 'device_of_granted_project', record: ref('project', row.project_id) }]);
  return reasons.length ? yes(...reasons) : no({ code: facts.modes.assets === 'granted_only' ? 'no_grant' : 'site_out_of_scope' });
}

export function workOrderVerdict(facts: ReferenceFacts, world: World, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'work_orders');
  if (scope) return no(scope);
  const reasons: Reason[] = [];
  if (grantedIds(facts, 'work_order').includes(row.id)) reasons.push([{ code: 'granted', record: ref('work_order', row.id) }]);
  if (facts.modes.workOrders === 'all_under_visible_assets') {
    const asset = row.asset_id ? world.assets.get(row.asset_id) : undefined;
    if (asset) {
      const verdict = assetVerdict(facts, asset);
      for (const reason of verdict.reasons) reasons.push([{ code: 'via_asset', record: ref('asset', asset.id) }, ...reason]);
    } else if (!row.asset_id && facts.modes.assets === 'all_in_scope') {
      if (!facts.sitesRestricted) reasons.push([{ code: 'no_asset_all_sites' }]);
      else if (row.site_id && facts.readableSiteIds.includes(row.site_id)) reasons.push(viaSite(facts, { code: 'no_asset_site', record: ref('site', row.site_id) }));
    }
    if (row.project_id && grantedIds(facts, 'project').includes(row.project_id)) reasons.push([{ code: 'in_granted_project', record: ref('project', row.project_id) }]);
  }
  return reasons.length ? yes(...reasons) : no({ code: facts.modes.workOrders === 'assigned_only' ? 'work_orders_assigned_only' : 'no_path' });
}

export function projectVerdict(facts: ReferenceFacts, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'projects');
  if (scope) return no(scope);
  const reasons: Reason[] = [];
  if (facts.modes.projects === 'all_in_scope') {
    const site = inScopeReason(facts, row, 'projects');
    if (site) reasons.push(site);
  }
  if (grantedIds(facts, 'project').includes(row.id)) reasons.push([{ code: 'granted', record: ref('project', row.id) }]);
  return reasons.length ? yes(...reasons) : no({ code: 'project_not_granted' });
}

export function ticketVerdict(facts: ReferenceFacts, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'tickets');
  if (scope) return no(scope);
  const reasons: Reason[] = [];
  if (row.submitter_user_id === facts.userId) reasons.push([{ code: 'submitted_by_user' }]);
  if (grantedIds(facts, 'ticket').includes(row.id)) reasons.push([{ code: 'granted', record: ref('ticket', row.id) }]);
  if (facts.modes.tickets === 'all_in_scope') {
    const site = inScopeReason(facts, row, 'tickets');
    if (site) reasons.push(site);
  }
  return reasons.length ? yes(...reasons) : no({ code: 'tickets_own_only' });
}

export function orderVerdict(facts: ReferenceFacts, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'orders');
  if (scope) return no(scope);
  const reasons: Reason[] = [];
  if (row.placed_by_user_id === facts.userId) reasons.push([{ code: 'placed_by_user' }]);
  if (grantedIds(facts, 'order').includes(row.id)) reasons.push([{ code: 'granted', record: ref('order', row.id) }]);
  if (facts.modes.orders === 'all_in_scope') {
    const site = inScopeReason(facts, row, 'orders');
    if (site) reasons.push(site);
  }
  return reasons.length ? yes(...reasons) : no({ code: 'orders_own_only' });
}

export function scheduleEntryVerdict(facts: ReferenceFacts, world: World, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'schedule');
  if (scope) return no(scope);
  const reasons: Reason[] = [];
  if (world.scheduleAssignees.get(row.id)?.has(facts.userId)) reasons.push([{ code: 'assigned_to_user' }]);
  if (grantedIds(facts, 'schedule_entry').includes(row.id)) reasons.push([{ code: 'granted', record: ref('schedule_entry', row.id) }]);
  return reasons.length ? yes(...reasons) : no({ code: 'schedule_assigned_only' });
}

export function siteVerdict(facts: ReferenceFacts, row: Row): Verdict {
  if (!row.customer_id || !facts.customerIds.includes(row.customer_id)) return no({ code: 'customer_out_of_scope' });
  if (row.archived_at) return no({ code: 'archived' });
  if (!facts.sitesRestricted) return yes([{ code: 'all_sites' }]);
  return facts.readableSiteIds.includes(row.id) ? yes(viaSite(facts, { code: 'site_granted', record: ref('site', row.id) })) : no({ code: 'site_not_granted' });
}

/** Whether the user's customer scope holds a customer: their own, or one below their consolidated account. */
export function customerVerdict(facts: ReferenceFacts, customerId: string): Verdict {
  if (!facts.customerIds.includes(customerId)) return no({ code: 'customer_out_of_scope' });
  return yes([{ code: customerId === facts.homeCustomerId ? 'own_customer' : 'consolidated_customer' }]);
}

const OWNER_TYPES = ['customer', 'site', 'asset', 'work_order', 'project', 'order', 'ticket'] as const;

export function fileVerdict(facts: ReferenceFacts, world: World, row: Row): Verdict {
  const scope = scopeCheck(facts, row, 'files');
  if (scope) return no(scope);
  if (!row.file_type_id || !world.customerVisibleFileTypes.has(row.file_type_id)) return no({ code: 'file_type_internal' });
  const ownerId = row.resource_id ?? '';
  const ownerType = OWNER_TYPES.find((type) => type === row.resource_type);
  if (!ownerType) return no({ code: 'no_path' });
  const owner = (() => {
    switch (ownerType) {
      case 'asset': return world.assets.get(ownerId) && assetVerdict(facts, world.assets.get(ownerId)!);
      case 'work_order': return world.workOrders.get(ownerId) && workOrderVerdict(facts, world, world.workOrders.get(ownerId)!);
      case 'project': return world.projects.get(ownerId) && projectVerdict(facts, world.projects.get(ownerId)!);
      case 'order': return world.orders.get(ownerId) && orderVerdict(facts, world.orders.get(ownerId)!);
      case 'ticket': return world.tickets.get(ownerId) && ticketVerdict(facts, world.tickets.get(ownerId)!);
      case 'site': return world.sites.get(ownerId) && siteVerdict(facts, world.sites.get(ownerId)!);
      case 'customer': return customerVerdict(facts, ownerId);
    }
  })();
  const owned = ref(ownerType, ownerId);
  if (!owner || !owner.visible) return no({ code: 'owner_hidden', record: owned });
  return yes(...owner.reasons.map((reason): Reason => [{ code: 'via_owner', record: owned }, ...reason]));
}
