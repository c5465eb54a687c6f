import type { PortalArea } from './access-facts.js';

/** The record types an access reason can name (and "explain access" can be asked about). */
export const EXPLAINABLE_TYPES = ['customer', 'site', 'asset', 'work_order', 'project', 'order', 'ticket', 'schedule_entry', 'file'] as const;
export type ExplainableType = (typeof EXPLAINABLE_TYPES)[number];

/** What a reason can name: an explainable record, or the contact a user takes their sites from. */
export const NAMED_TYPES = [...EXPLAINABLE_TYPES, 'contact'] as const;
export type NamedType = (typeof NAMED_TYPES)[number];

export interface RecordRef {
  type: NamedType;
  id: string;
}

/**
 * Why a record is visible (or hidden), as codes rather than sentences: the back office words them in the
 * reader's language and links the records they name; the API adds an English sentence for integrators.
 */
export const REASON_CODES = [
  // visible
  'own_customer',
  'consolidated_customer',
  'all_sites',
  'site_granted',
  'in_scope_all_sites',
  'in_scope_site',
  'granted',
  'ancestor_granted',
  'device_of_granted_project',
  'in_granted_project',
  'via_asset',
  'no_asset_all_sites',
  'no_asset_site',
  'submitted_by_user',
  'placed_by_user',
  'assigned_to_user',
  'via_owner',
  'site_from_contact',
  // hidden
  'customer_out_of_scope',
  'area_off',
  'archived',
  'no_grant',
  'site_out_of_scope',
  'work_orders_assigned_only',
  'no_path',
  'project_not_granted',
  'tickets_own_only',
  'orders_own_only',
  'schedule_assigned_only',
  'site_not_granted',
  'file_type_internal',
  'owner_hidden',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface ReasonStep {
  code: ReasonCode;
  /** The portal area a mode or switch applies to. */
  area?: PortalArea;
  /** The record the step names: a granted asset above, a site, a project, the record a file belongs to. */
  record?: RecordRef;
}

/**
 * One reason: a chain of steps, each holding because of the next ("its asset Pump 3 is visible" →
 * "asset Building A above it is granted to the user").
 */
export type Reason = ReasonStep[];

const SPOKEN_TYPE: Record<NamedType, string> = {
  contact: 'contact',
  customer: 'customer',
  site: 'site',
  asset: 'asset',
  work_order: 'work order',
  project: 'project',
  order: 'order',
  ticket: 'ticket',
  schedule_entry: 'schedule entry',
  file: 'file',
};

const SPOKEN_AREA: Record<PortalArea, string> = {
  assets: 'asset',
  work_orders: 'work-order',
  projects: 'project',
  devices: 'device',
  orders: 'order',
  tickets: 'ticket',
  schedule: 'schedule',
  files: 'file',
};

/** The English sentence of one step; `name` gives a named record's name (its id when it has none). */
export function describeStep(step: ReasonStep, name: (record: RecordRef) => string): string {
  const record = step.record ? `${SPOKEN_TYPE[step.record.type]} ${name(step.record)}` : '';
  const area = step.area ? SPOKEN_AREA[step.area] : '';
  switch (step.code) {
    case 'own_customer': return 'it is the user’s own customer';
    case 'consolidated_customer': return 'it belongs to the user’s consolidated account';
    case 'all_sites': return 'all sites of the customer are in scope';
    case 'site_granted': return `${record} is granted (directly or through a parent site)`;
    case 'in_scope_all_sites': return `${area} mode is all-in-scope and all sites of the customer are in scope`;
    case 'in_scope_site': return `${area} mode is all-in-scope and ${record} is granted (directly or through a parent site)`;
    case 'granted': return `${record} is granted to the user`;
    case 'ancestor_granted': return `${record} above it is granted to the user (grants cascade down the tree)`;
    case 'device_of_granted_project': return `it is a device of granted ${record}`;
    case 'in_granted_project': return `it belongs to granted ${record}`;
    case 'via_asset': return `its ${record} is visible`;
    case 'no_asset_all_sites': return 'it has no asset and all sites of the customer are in scope';
    case 'no_asset_site': return `it has no asset and ${record} is granted (directly or through a parent site)`;
    case 'submitted_by_user': return 'the user submitted it';
    case 'placed_by_user': return 'the user placed it';
    case 'assigned_to_user': return 'the user is assigned to it';
    case 'via_owner': return `it belongs to ${record}, which is visible`;
    case 'site_from_contact': return `the site is inherited from ${record}, whose sites the user takes`;
    case 'customer_out_of_scope': return 'the record belongs to a customer outside the user’s scope';
    case 'area_off': return `the ${area} area is switched off for this customer`;
    case 'archived': return 'the record is archived';
    case 'no_grant': return 'asset mode is granted-only and no grant covers this asset';
    case 'site_out_of_scope': return 'the record’s site is not in the user’s site scope';
    case 'work_orders_assigned_only': return 'work-order mode is assigned-only and this one is not granted';
    case 'no_path': return 'no visible asset or grant leads to it';
    case 'project_not_granted': return 'project mode is granted-only and this project is not granted';
    case 'tickets_own_only': return 'ticket mode is own-tickets and someone else submitted it';
    case 'orders_own_only': return 'order mode is own-orders and someone else placed it';
    case 'schedule_assigned_only': return 'schedule entries show only when the user is assigned';
    case 'site_not_granted': return 'the site is not among the user’s sites';
    case 'file_type_internal': return 'its file type is not customer-visible';
    case 'owner_hidden': return `it belongs to ${record}, which is not visible`;
  }
}

/** A whole reason in English: the steps joined, each resting on the next. */
export function describeReason(reason: Reason, name: (record: RecordRef) => string): string {
  return reason.map((step) => describeStep(step, name)).join(': ');
}

/** Every record a verdict's reasons name, once each. */
export function recordsNamed(reasons: Reason[], denied: ReasonStep | null): RecordRef[] {
  const seen = new Map<string, RecordRef>();
  for (const step of [...reasons.flat(), ...(denied ? [denied] : [])]) if (step.record) seen.set(`${step.record.type}:${step.record.id}`, step.record);
  return [...seen.values()];
}
