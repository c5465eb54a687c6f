import type { Me } from '../../features/auth/types';
import type { NameTranslations } from '../../lib/localized-name';

/** Portal areas a customer may have switched on (SPEC §3); the nav offers only these. */
export type PortalArea = 'assets' | 'work_orders' | 'projects' | 'devices' | 'orders' | 'tickets' | 'schedule' | 'files';

export interface PortalCapabilities {
  manageDevices: boolean;
  createTickets: boolean;
  ticketTypeIds: string[];
  statusIds: string[];
  recipientUserIds: string[];
  recipientGroupIds: string[];
  uploadFiles: boolean;
  customerAdmin: boolean;
}

export interface PortalFacts {
  customerIds: string[];
  areas: string[];
  sitesRestricted: boolean;
  writableSiteIds: string[];
  modes: Record<string, string>;
  capabilities: PortalCapabilities;
}

/** GET /me for an external user: the common fields plus what the portal should offer them. */
export interface PortalMe extends Me {
  customerId: string | null;
  /** Set while staff preview the portal as this user (read-only). */
  previewBy?: string | null;
  portal?: PortalFacts;
}

export interface FlagRef {
  id: string;
  name: string;
  color: string;
  customerVisible: boolean;
}

export interface Customer {
  id: string;
  parentId: string | null;
  number: string;
  name: string;
}

export interface Site {
  id: string;
  customerId: string;
  parentId: string | null;
  name: string;
  kind: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

export interface Asset {
  id: string;
  customerId: string;
  siteId: string | null;
  parentId: string | null;
  rootId: string;
  depth: number;
  projectId: string | null;
  name: string;
  category: string | null;
  serialNumber: string | null;
  manufacturer: string | null;
  model: string | null;
  status: string;
  nextDueDate: string | null;
  lastServiceDate: string | null;
  customFields: Record<string, string | number | boolean | null>;
  createdAt: string;
  updatedAt: string;
  /** Direct sub-assets the user can see; only in lists asked for childCounts. */
  childCount?: number;
}

export interface WorkOrder {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  assetId: string | null;
  projectId: string | null;
  title: string;
  description: string | null;
  kind: string;
  status: string;
  priority: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  completedAt: string | null;
  /** Customer-visible flags only (the API leaves the others out). */
  flags: FlagRef[];
  createdAt: string;
  updatedAt: string;
}

export interface Note {
  id: string;
  authorUserId: string | null;
  body: string;
  visibility: 'internal' | 'public';
  createdAt: string;
}

export interface Project {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  name: string;
  description: string | null;
  kind: string;
  status: string;
  startDate: string | null;
  dueDate: string | null;
  progress: number;
  flags: FlagRef[];
  createdAt: string;
}

export interface ProjectTask {
  id: string;
  title: string;
  done: boolean;
  position: number;
}

export interface Part {
  id: string;
  partNumber: string | null;
  description: string;
  quantity: number;
  status: string;
}

export interface Report {
  id: string;
  title: string;
  summary: string | null;
  reportDate: string;
}

export interface Device {
  id: string;
  name: string;
  category: string | null;
  serialNumber: string | null;
  status: string;
  siteId: string | null;
  parentId: string | null;
}

export interface Order {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  title: string;
  status: string;
  deadline: string | null;
  flags: FlagRef[];
  createdAt: string;
  updatedAt: string;
}

export interface Ticket {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  assetId: string | null;
  typeId: string;
  typeKey: string;
  typeName: string;
  statusId: string;
  statusKey: string;
  statusName: string;
  statusCategory: 'open' | 'in_progress' | 'closed';
  title: string;
  description: string | null;
  priority: string;
  submitterUserId: string | null;
  rating: number | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface TicketType {
  id: string;
  key: string;
  name: string;
  nameTranslations: NameTranslations;
  customerId: string | null;
}

export interface TicketStatus {
  id: string;
  key: string;
  name: string;
  nameTranslations: NameTranslations;
  category: 'open' | 'in_progress' | 'closed';
  position: number;
}

export interface ScheduleEntry {
  id: string;
  customerId: string;
  siteId: string | null;
  title: string;
  kind: 'visit' | 'round';
  startsAt: string;
  endsAt: string | null;
  recurrence: string | null;
  notes: string | null;
  assetIds: string[];
}

export type FileOwnerType = 'customer' | 'site' | 'asset' | 'work_order' | 'project' | 'order' | 'ticket';

export interface FileRecord {
  id: string;
  resourceType: FileOwnerType | 'document';
  resourceId: string;
  fileTypeId: string;
  fileTypeName: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface FileType {
  id: string;
  name: string;
  nameTranslations: NameTranslations;
  customerVisible: boolean;
}

export interface PortalUser {
  id: string;
  kind: 'staff' | 'external';
  login: string;
  email: string | null;
  displayName: string;
  status: string;
  customerId: string | null;
  lastLoginAt: string | null;
}
