export const WORK_ORDER_KINDS = ['maintenance', 'calibration', 'repair', 'inspection', 'installation', 'other'] as const;
export const WORK_ORDER_STATUSES = ['open', 'scheduled', 'in_progress', 'on_hold', 'completed', 'cancelled'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];

/** Allowed status changes (server: work-order-workflow.ts). */
export const WORK_ORDER_TRANSITIONS: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  open: ['scheduled', 'in_progress', 'on_hold', 'cancelled'],
  scheduled: ['open', 'in_progress', 'on_hold', 'cancelled'],
  in_progress: ['on_hold', 'completed', 'cancelled'],
  on_hold: ['scheduled', 'in_progress', 'cancelled'],
  completed: ['in_progress'],
  cancelled: ['open'],
};

/** Server: work-orders.mapping.ts */
export interface WorkOrder {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  assetId: string | null;
  rootAssetId: string | null;
  projectId: string | null;
  title: string;
  description: string | null;
  kind: WorkOrderKind;
  status: WorkOrderStatus;
  priority: Priority;
  plannedStart: string | null;
  plannedEnd: string | null;
  completedAt: string | null;
  /** Staff only, integer cents. */
  internalCost?: number | null;
  assigneeIds: string[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

interface WorkOrderFields {
  siteId?: string | null;
  assetId?: string | null;
  projectId?: string | null;
  title: string;
  description?: string | null;
  kind?: WorkOrderKind;
  priority?: Priority;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  internalCost?: number | null;
  assigneeIds?: string[];
}
/** customerId may be left out when assetId is given. */
export type WorkOrderInput = WorkOrderFields & { customerId?: string };
export type WorkOrderPatch = Partial<WorkOrderFields> & { status?: WorkOrderStatus };

export type Visibility = 'internal' | 'public';

export interface WorkOrderNote {
  id: string;
  workOrderId: string;
  authorUserId: string | null;
  body: string;
  visibility: Visibility;
  createdAt: string;
}

export interface WorkOrderNoteInput {
  body: string;
  visibility?: Visibility;
}
