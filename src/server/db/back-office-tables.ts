import type { ColumnType } from 'kysely';
import type { ApprovalState } from './approval-tables.js';

/**
 * Row types of the back-office tables (migration 002). Timestamps are ISO strings, dates 'YYYY-MM-DD',
 * booleans 0/1, JSON columns text (see docs/decisions/002).
 */
interface Timestamps {
  created_at: string;
  updated_at: string;
}
interface Archivable extends Timestamps {
  archived_at: string | null;
}

export interface SequencesTable {
  name: string;
  value: number;
}

export interface CustomersTable extends Archivable {
  id: string;
  parent_id: string | null;
  path: string;
  number: string;
  name: string;
  email: string | null;
  phone: string | null;
  internal_notes: string | null;
  portal_areas: string;
  /** 1: the customer's portal users must sign in with a second factor (migration 013). */
  portal_mfa_required: ColumnType<number, number | undefined, number>;
}

export interface SitesTable extends Archivable {
  id: string;
  customer_id: string;
  parent_id: string | null;
  path: string;
  name: string;
  kind: 'facility' | 'address' | 'branch' | 'plant' | 'building' | 'other';
  street: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  internal_notes: string | null;
}

export interface ContactsTable extends Archivable {
  id: string;
  customer_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  job_title: string | null;
}

export interface ContactSitesTable {
  contact_id: string;
  site_id: string;
}

export interface StaffGroupsTable extends Archivable {
  id: string;
  name: string;
}

export interface StaffGroupMembersTable {
  group_id: string;
  user_id: string;
}

export interface ProjectsTable extends Archivable {
  id: string;
  customer_id: string;
  site_id: string | null;
  number: string;
  name: string;
  description: string | null;
  kind: 'design' | 'installation';
  status: 'planned' | 'active' | 'on_hold' | 'completed' | 'cancelled';
  start_date: string | null;
  due_date: string | null;
  internal_notes: string | null;
}

export interface AssetsTable extends Archivable {
  id: string;
  customer_id: string;
  site_id: string | null;
  parent_id: string | null;
  root_id: string;
  path: string;
  depth: number;
  project_id: string | null;
  name: string;
  category: string | null;
  serial_number: string | null;
  manufacturer: string | null;
  model: string | null;
  status: 'active' | 'inactive' | 'in_repair' | 'decommissioned';
  next_due_date: string | null;
  last_service_date: string | null;
  custom_fields: string;
  internal_notes: string | null;
}

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export type Visibility = 'internal' | 'public';

export interface WorkOrdersTable extends Archivable {
  id: string;
  customer_id: string;
  site_id: string | null;
  asset_id: string | null;
  root_asset_id: string | null;
  project_id: string | null;
  number: string;
  title: string;
  description: string | null;
  kind: 'maintenance' | 'calibration' | 'repair' | 'inspection' | 'installation' | 'other';
  status: 'open' | 'scheduled' | 'in_progress' | 'on_hold' | 'completed' | 'cancelled';
  priority: Priority;
  planned_start: string | null;
  planned_end: string | null;
  completed_at: string | null;
  internal_cost: number | null;
  approval_state: ColumnType<ApprovalState, ApprovalState | undefined, ApprovalState>;
  /** The amount asked for in the latest approval round, integer cents (migration 024). */
  approval_amount: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface WorkOrderAssigneesTable {
  work_order_id: string;
  user_id: string;
}

interface TaskRow extends Timestamps {
  id: string;
  customer_id: string;
  title: string;
  done: number;
  position: number;
}
export interface WorkOrderTasksTable extends TaskRow {
  work_order_id: string;
}
export interface ProjectTasksTable extends TaskRow {
  project_id: string;
}
export interface OrderTasksTable extends TaskRow {
  order_id: string;
}

export interface WorkOrderNotesTable {
  id: string;
  work_order_id: string;
  customer_id: string;
  author_user_id: string | null;
  body: string;
  visibility: Visibility;
  created_at: string;
}

export interface ProjectPartsTable extends Timestamps {
  id: string;
  project_id: string;
  customer_id: string;
  part_number: string | null;
  description: string;
  quantity: number;
  status: 'planned' | 'ordered' | 'delivered' | 'installed';
}

export interface ProjectReportsTable {
  id: string;
  project_id: string;
  customer_id: string;
  title: string;
  summary: string | null;
  report_date: string;
  created_at: string;
}

export interface OrdersTable extends Archivable {
  id: string;
  customer_id: string;
  site_id: string | null;
  number: string;
  title: string;
  status: 'received' | 'in_production' | 'ready' | 'shipped' | 'completed' | 'cancelled';
  deadline: string | null;
  placed_by_user_id: string | null;
  internal_notes: string | null;
  approval_state: ColumnType<ApprovalState, ApprovalState | undefined, ApprovalState>;
  /** The amount asked for in the latest approval round, integer cents (migration 024). */
  approval_amount: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface FlagsTable extends Archivable {
  id: string;
  name: string;
  /** JSON object language → name (migration 021); '{}': the name in every language. */
  name_translations: ColumnType<string, string | undefined, string>;
  color: string;
  customer_visible: number;
}

export type FlaggableType = 'order' | 'work_order' | 'project';
export interface FlagAssignmentsTable {
  flag_id: string;
  resource_type: FlaggableType;
  resource_id: string;
  customer_id: string;
  created_at: string;
}

export interface TicketTypesTable extends Archivable {
  id: string;
  key: string;
  name: string;
  /** JSON object language → name (migration 021); '{}': the name in every language. */
  name_translations: ColumnType<string, string | undefined, string>;
  customer_id: string | null;
  /** Routing (migration 010): who gets a new ticket of this type unless the customer has its own route. */
  default_responsible_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  default_responsible_group_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Service-level targets in wall-clock minutes (migration 012); null: no target. */
  first_response_minutes: ColumnType<number | null, number | null | undefined, number | null>;
  resolution_minutes: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface TicketStatusesTable extends Archivable {
  id: string;
  key: string;
  name: string;
  /** JSON object language → name (migration 021); '{}': the name in every language. */
  name_translations: ColumnType<string, string | undefined, string>;
  category: 'open' | 'in_progress' | 'closed';
  position: number;
  is_initial: number;
}

export interface TicketsTable extends Archivable {
  id: string;
  customer_id: string;
  site_id: string | null;
  asset_id: string | null;
  root_asset_id: string | null;
  number: string;
  type_id: string;
  status_id: string;
  title: string;
  description: string | null;
  priority: Priority;
  submitter_user_id: string | null;
  responsible_user_id: string | null;
  responsible_group_id: string | null;
  rating: number | null;
  /** Resolution time: set on entering a closed-category status, cleared when reopened. */
  closed_at: string | null;
  /** Service levels (migration 012, see modules/tickets/ticket-sla.ts). */
  first_response_due_at: ColumnType<string | null, string | null | undefined, string | null>;
  resolution_due_at: ColumnType<string | null, string | null | undefined, string | null>;
  first_responded_at: ColumnType<string | null, string | null | undefined, string | null>;
  sla_due_at: ColumnType<string | null, string | null | undefined, string | null>;
  sla_warn_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TicketCommentsTable {
  id: string;
  ticket_id: string;
  customer_id: string;
  author_user_id: string | null;
  body: string;
  visibility: Visibility;
  created_at: string;
}

export interface ScheduleEntriesTable extends Archivable {
  id: string;
  customer_id: string;
  site_id: string | null;
  title: string;
  kind: 'visit' | 'round';
  starts_at: string;
  ends_at: string | null;
  recurrence: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | null;
  notes: string | null;
}

export interface ScheduleEntryAssetsTable {
  schedule_entry_id: string;
  asset_id: string;
}

export interface ScheduleEntryAssigneesTable {
  schedule_entry_id: string;
  user_id: string;
}

export interface DocumentsTable extends Archivable {
  id: string;
  title: string;
  kind: 'policy' | 'procedure' | 'list';
  body: string;
}

export interface FileTypesTable extends Archivable {
  id: string;
  name: string;
  /** JSON object language → name (migration 021); '{}': the name in every language. */
  name_translations: ColumnType<string, string | undefined, string>;
  customer_visible: number;
  /** What generated documents are filed under this type (migration 023); null for ordinary types. */
  purpose: ColumnType<'service_report' | 'calibration_certificate' | null, 'service_report' | 'calibration_certificate' | null | undefined, 'service_report' | 'calibration_certificate' | null>;
}

export type FileOwnerType = 'customer' | 'site' | 'asset' | 'work_order' | 'project' | 'order' | 'ticket' | 'document';
export interface FilesTable {
  id: string;
  customer_id: string | null;
  site_id: string | null;
  resource_type: FileOwnerType;
  resource_id: string;
  file_type_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by_user_id: string | null;
  created_at: string;
  archived_at: string | null;
}

export interface BackOfficeTables {
  sequences: SequencesTable;
  customers: CustomersTable;
  sites: SitesTable;
  contacts: ContactsTable;
  contact_sites: ContactSitesTable;
  staff_groups: StaffGroupsTable;
  staff_group_members: StaffGroupMembersTable;
  projects: ProjectsTable;
  assets: AssetsTable;
  work_orders: WorkOrdersTable;
  work_order_assignees: WorkOrderAssigneesTable;
  work_order_tasks: WorkOrderTasksTable;
  project_tasks: ProjectTasksTable;
  order_tasks: OrderTasksTable;
  work_order_notes: WorkOrderNotesTable;
  project_parts: ProjectPartsTable;
  project_reports: ProjectReportsTable;
  orders: OrdersTable;
  flags: FlagsTable;
  flag_assignments: FlagAssignmentsTable;
  ticket_types: TicketTypesTable;
  ticket_statuses: TicketStatusesTable;
  tickets: TicketsTable;
  ticket_comments: TicketCommentsTable;
  schedule_entries: ScheduleEntriesTable;
  schedule_entry_assets: ScheduleEntryAssetsTable;
  schedule_entry_assignees: ScheduleEntryAssigneesTable;
  documents: DocumentsTable;
  file_types: FileTypesTable;
  files: FilesTable;
}
