/** Approvals (migration 024): one row per round of asking a customer to approve an order or a work order. */
export type ApprovalState = 'none' | 'requested' | 'approved' | 'declined';
export type ApprovalRecordType = 'order' | 'work_order';

export interface ApprovalsTable {
  id: string;
  customer_id: string;
  resource_type: ApprovalRecordType;
  resource_id: string;
  state: Exclude<ApprovalState, 'none'>;
  /** Integer cents: the customer-facing price asked to be approved. */
  amount: number;
  message: string | null;
  requested_by_user_id: string;
  requested_at: string;
  decided_by_user_id: string | null;
  decided_at: string | null;
  po_reference: string | null;
  /** PNG data URL of a drawn signature. */
  signature: string | null;
  decline_reason: string | null;
  /** Set when staff recorded the decision on the customer's behalf: the customer person who decided. */
  on_behalf_person: string | null;
  evidence_note: string | null;
  evidence_file_id: string | null;
}

export interface ApprovalTables {
  approvals: ApprovalsTable;
}
