import type { AssetMode, OrderMode, ProjectMode, ScheduleMode, TicketMode, WorkOrderMode } from '../../db/portal-access-tables.js';

/** What a portal user may do beyond seeing (SPEC §2.4). */
export interface Capabilities {
  /** Edit and archive assets (devices) on sites where the user has write access. */
  manageDevices: boolean;
  createTickets: boolean;
  /** Ticket types the user may create; empty = none. */
  ticketTypeIds: string[];
  /** Statuses the user may set on tickets they can see; empty = none. */
  statusIds: string[];
  /** Staff users and groups their tickets may be addressed to; empty = only the default routing. */
  recipientUserIds: string[];
  recipientGroupIds: string[];
  uploadFiles: boolean;
  /** Manage colleagues of the own customer, never beyond the admin's own access. */
  customerAdmin: boolean;
  /** Approve or decline orders and work orders they see while an approval is requested. */
  approve: boolean;
  /** The highest amount (integer cents) they may approve; null = no limit. Declining is never limited. */
  approvalLimit: number | null;
}

export interface AccessModes {
  assets: AssetMode;
  workOrders: WorkOrderMode;
  projects: ProjectMode;
  tickets: TicketMode;
  orders: OrderMode;
  schedule: ScheduleMode;
}

export const NO_CAPABILITIES: Capabilities = {
  manageDevices: false,
  createTickets: false,
  ticketTypeIds: [],
  statusIds: [],
  recipientUserIds: [],
  recipientGroupIds: [],
  uploadFiles: false,
  customerAdmin: false,
  approve: false,
  approvalLimit: null,
};

/** The most restrictive configuration: what an external user has until staff configure more. */
export const DEFAULT_MODES: AccessModes = {
  assets: 'granted_only',
  workOrders: 'all_under_visible_assets',
  projects: 'granted_only',
  tickets: 'own',
  orders: 'own',
  schedule: 'assigned_only',
};

export function parseCapabilities(json: string): Capabilities {
  return { ...NO_CAPABILITIES, ...(JSON.parse(json) as Partial<Capabilities>) };
}

export const ROLE_TEMPLATE_KEYS = ['customer', 'view_only', 'technician', 'live_site_agent', 'customer_admin'] as const;
export type RoleTemplateKey = (typeof ROLE_TEMPLATE_KEYS)[number];

export interface RoleTemplate {
  key: RoleTemplateKey;
  name: string;
  description: string;
  modes: AccessModes;
  /** Capabilities, with ticket types named by key (resolved to ids when applied). */
  capabilities: Omit<Capabilities, 'ticketTypeIds' | 'statusIds'> & { ticketTypeKeys: string[]; statusKeys: string[] };
}

const REQUEST_TYPES = ['service_request', 'incident_report', 'visit_request', 'feedback'];
/** Live-site agents manage tickets: they move them through the whole workflow. */
const MANAGED_STATUSES = ['new', 'in_progress', 'waiting_for_customer', 'resolved', 'closed'];

/**
 * Presets staff pick when inviting (SPEC §2, §5); each user's configuration can be adjusted afterwards.
 * Named after the seed systems' roles: AssetChief "Customer", SiteOwl "View Only" / "Technician" /
 * live-site "Agent", and a customer-side admin.
 */
export const ROLE_TEMPLATES: Record<RoleTemplateKey, RoleTemplate> = {
  customer: {
    key: 'customer',
    name: 'Customer',
    description: 'Sees the assets granted to them and everything under them, their own tickets and assigned visits; raises requests.',
    modes: { assets: 'granted_only', workOrders: 'all_under_visible_assets', projects: 'granted_only', tickets: 'own', orders: 'own', schedule: 'assigned_only' },
    capabilities: { ...NO_CAPABILITIES, createTickets: true, ticketTypeKeys: REQUEST_TYPES, statusKeys: [] },
  },
  view_only: {
    key: 'view_only',
    name: 'View only',
    description: 'Sees every project, asset and order of the account, read-only.',
    modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets', projects: 'all_in_scope', tickets: 'own', orders: 'all_in_scope', schedule: 'assigned_only' },
    capabilities: { ...NO_CAPABILITIES, ticketTypeKeys: [], statusKeys: [] },
  },
  technician: {
    key: 'technician',
    name: 'Technician',
    description: 'Sees only selected projects, the devices of the sites in scope and their tickets.',
    modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets', projects: 'granted_only', tickets: 'all_in_scope', orders: 'own', schedule: 'assigned_only' },
    capabilities: { ...NO_CAPABILITIES, ticketTypeKeys: [], statusKeys: [] },
  },
  live_site_agent: {
    key: 'live_site_agent',
    name: 'Live site agent',
    description: 'Adds, edits and archives devices on sites with write access, and manages tickets.',
    modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets', projects: 'granted_only', tickets: 'all_in_scope', orders: 'own', schedule: 'assigned_only' },
    capabilities: { ...NO_CAPABILITIES, manageDevices: true, createTickets: true, uploadFiles: true, ticketTypeKeys: REQUEST_TYPES, statusKeys: MANAGED_STATUSES },
  },
  customer_admin: {
    key: 'customer_admin',
    name: 'Customer admin',
    description: 'Sees everything of the account, approves orders and work orders, and manages colleagues, never beyond their own access.',
    modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets', projects: 'all_in_scope', tickets: 'all_in_scope', orders: 'all_in_scope', schedule: 'assigned_only' },
    capabilities: { ...NO_CAPABILITIES, createTickets: true, uploadFiles: true, customerAdmin: true, approve: true, ticketTypeKeys: [...REQUEST_TYPES, 'question'], statusKeys: ['resolved', 'closed'] },
  },
};
