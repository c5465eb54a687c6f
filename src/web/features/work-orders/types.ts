import { everyOf, type BodyOf, type ListItemOf, type ResponseOf } from '../../lib/api-types';

/** internalCost: staff only, integer cents. */
export type WorkOrder = ResponseOf<'/work-orders/{id}'>;
/** customerId may be left out when assetId is given. */
export type WorkOrderInput = BodyOf<'/work-orders', 'post'>;
export type WorkOrderPatch = BodyOf<'/work-orders/{id}', 'patch'>;

export type WorkOrderKind = WorkOrder['kind'];
export type WorkOrderStatus = WorkOrder['status'];
export type Priority = WorkOrder['priority'];
export const WORK_ORDER_KINDS = everyOf<WorkOrderKind>()(['maintenance', 'calibration', 'repair', 'inspection', 'installation', 'other']);
export const WORK_ORDER_STATUSES = everyOf<WorkOrderStatus>()(['open', 'scheduled', 'in_progress', 'on_hold', 'completed', 'cancelled']);
export const PRIORITIES = everyOf<Priority>()(['low', 'normal', 'high', 'urgent']);

/** Allowed status changes (server: work-order-workflow.ts). */
export const WORK_ORDER_TRANSITIONS: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  open: ['scheduled', 'in_progress', 'on_hold', 'cancelled'],
  scheduled: ['open', 'in_progress', 'on_hold', 'cancelled'],
  in_progress: ['on_hold', 'completed', 'cancelled'],
  on_hold: ['scheduled', 'in_progress', 'cancelled'],
  completed: ['in_progress'],
  cancelled: ['open'],
};

export type WorkOrderNote = ListItemOf<'/work-orders/{id}/notes'>;
export type WorkOrderNoteInput = BodyOf<'/work-orders/{id}/notes', 'post'>;
export type Visibility = WorkOrderNote['visibility'];

/** A service report or calibration certificate issued for a completed work order (a PDF file with a verification code). */
export type IssuedDocument = ListItemOf<'/work-orders/{id}/reports'>;
export type ServiceReportInput = BodyOf<'/work-orders/{id}/reports', 'post'>;
export type DocumentKind = IssuedDocument['kind'];
export const DOCUMENT_KINDS = everyOf<DocumentKind>()(['service_report', 'calibration_certificate']);
export type ReportLanguage = NonNullable<ServiceReportInput['language']>;
export const REPORT_LANGUAGES = everyOf<ReportLanguage>()(['en', 'de']);
