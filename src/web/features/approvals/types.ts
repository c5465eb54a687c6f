import { everyOf, type BodyOf, type ListItemOf, type ResponseOf } from '../../lib/api-types';

export type Approval = ListItemOf<'/orders/{id}/approvals'>;
export type ApprovalRequestBody = BodyOf<'/orders/{id}/approval-requests', 'post'>;
export type ApprovalDecisionBody = BodyOf<'/orders/{id}/approval-decisions', 'post'>;
export type ApprovalRecordType = Approval['recordType'];
export type ApprovalDecision = ApprovalDecisionBody['decision'];
export const APPROVAL_DECISIONS = everyOf<ApprovalDecision>()(['approved', 'declined']);

/** What the approval panels need of an order or a work order (both answer these fields). */
export type ApprovableRecord = Pick<ResponseOf<'/orders/{id}'> | ResponseOf<'/work-orders/{id}'>, 'id' | 'approvalState' | 'approvalAmount'>;

/** The API path of each record type's collection. */
export const RECORD_PATHS = { order: '/orders', work_order: '/work-orders' } as const satisfies Record<ApprovalRecordType, string>;
