import { approvalFields } from '../approvals/approvals.mapping.js';
import { FlagRef } from '../flags/flags.mapping.js';
import type { Selectable } from 'kysely';
import { Type, type Static } from 'typebox';
import type { WorkOrdersTable } from '../../db/back-office-tables.js';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import type { Principal } from '../access/principal.js';
import { Nullable } from '../assets/assets.mapping.js';

export type WorkOrderRow = Selectable<WorkOrdersTable>;

export const WORK_ORDER_KINDS = ['maintenance', 'calibration', 'repair', 'inspection', 'installation', 'other'] as const;
export const WORK_ORDER_STATUSES = ['open', 'scheduled', 'in_progress', 'on_hold', 'completed', 'cancelled'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

const Kind = Type.Enum(WORK_ORDER_KINDS);
const Status = Type.Enum(WORK_ORDER_STATUSES);
const Priority = Type.Enum(PRIORITIES);
export { Kind as WorkOrderKind };

/** `status=open` or `status=open,scheduled`. */
const statusAlternatives = WORK_ORDER_STATUSES.join('|');
export const StatusFilter = Type.String({
  pattern: `^(${statusAlternatives})(,(${statusAlternatives}))*$`,
  description: 'One status or a comma-separated list',
});

export const WorkOrder = Type.Object({
  id: Id,
  number: Type.String(),
  customerId: Id,
  siteId: Nullable(Id),
  assetId: Nullable(Id),
  /** Top of the asset tree the work order's asset is in. */
  rootAssetId: Nullable(Id),
  projectId: Nullable(Id),
  title: Type.String(),
  description: Nullable(Type.String()),
  kind: Kind,
  status: Status,
  priority: Priority,
  plannedStart: Nullable(Timestamp),
  plannedEnd: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
  /** Staff only, integer cents. */
  internalCost: Type.Optional(Nullable(Type.Integer())),
  /** Flags on the work order; portal users get only the customer-visible ones. */
  flags: Type.Array(FlagRef),
  /** Staff users working on it. */
  assigneeIds: Type.Array(Id),
  ...approvalFields,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type WorkOrder = Static<typeof WorkOrder>;

const fields = {
  siteId: Type.Optional(Nullable(Id)),
  assetId: Type.Optional(Nullable(Id)),
  projectId: Type.Optional(Nullable(Id)),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
  kind: Type.Optional(Kind),
  priority: Type.Optional(Priority),
  plannedStart: Type.Optional(Nullable(Timestamp)),
  plannedEnd: Type.Optional(Nullable(Timestamp)),
  // The column is a 32-bit integer on PostgreSQL.
  internalCost: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 2_147_483_647 }))),
  assigneeIds: Type.Optional(Type.Array(Id, { uniqueItems: true, maxItems: 50 })),
};
/** customerId may be left out when assetId is given: it then comes from the asset. */
export const WorkOrderInput = Body({ customerId: Type.Optional(Id), ...fields });
export type WorkOrderInput = Static<typeof WorkOrderInput>;
/** customerId is immutable; status moves along the workflow (work-order-workflow.ts). */
export const WorkOrderPatch = Body({ ...fields, title: Type.Optional(fields.title), status: Type.Optional(Status) });
export type WorkOrderPatch = Static<typeof WorkOrderPatch>;

/** `flags` are left empty for audit snapshots: flag changes are audited as assignments of their own. */
export function toWorkOrder(row: WorkOrderRow, assigneeIds: string[], viewer: Principal, flags: WorkOrder['flags'] = []): WorkOrder {
  const workOrder: WorkOrder = {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    siteId: row.site_id,
    assetId: row.asset_id,
    rootAssetId: row.root_asset_id,
    projectId: row.project_id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    status: row.status,
    priority: row.priority,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    completedAt: row.completed_at,
    assigneeIds,
    flags,
    approvalState: row.approval_state,
    approvalAmount: row.approval_amount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
  if (viewer.kind === 'staff') workOrder.internalCost = row.internal_cost;
  return workOrder;
}
