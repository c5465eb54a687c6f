import { Type, type Static } from 'typebox';
import { SignatureImage } from '../signatures/signature-image.js';
import type { ApprovalsTable, ApprovalState } from '../../db/approval-tables.js';
import { Body, Id, Nullable, Timestamp } from '../../http/schemas.js';
import type { Principal } from '../access/principal.js';

export const APPROVAL_STATES = ['none', 'requested', 'approved', 'declined'] as const satisfies readonly ApprovalState[];
export const ApprovalStateSchema = Type.Enum(APPROVAL_STATES);
/** An amount of money in integer cents; 32-bit like every stored amount. */
export const Cents = Type.Integer({ minimum: 0, maximum: 2_147_483_647 });

/** What orders and work orders answer about their approval: the current state and the amount last asked for. */
export const approvalFields = {
  approvalState: ApprovalStateSchema,
  /** Integer cents asked to be approved in the latest round; null before any request. */
  approvalAmount: Nullable(Type.Integer()),
};

export const Approval = Type.Object({
  id: Id,
  recordType: Type.Enum(['order', 'work_order'] as const),
  recordId: Id,
  state: Type.Enum(['requested', 'approved', 'declined'] as const),
  /** Integer cents. */
  amount: Type.Integer(),
  message: Nullable(Type.String()),
  requestedByName: Nullable(Type.String()),
  requestedAt: Timestamp,
  /** The portal user who decided, or the staff user who recorded the decision on the customer's behalf. */
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(Timestamp),
  poReference: Nullable(Type.String()),
  /** The drawn signature as a PNG data URL. */
  signature: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  /** Set when staff recorded the decision on the customer's behalf. */
  onBehalfOf: Nullable(
    Type.Object({
      customerPerson: Type.String(),
      /** Staff only: the evidence they recorded. */
      note: Type.Optional(Nullable(Type.String())),
      fileId: Type.Optional(Nullable(Id)),
    }),
  ),
});
export type Approval = Static<typeof Approval>;

export const ApprovalRequestInput = Body({
  amount: Cents,
  message: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});
export type ApprovalRequestInput = Static<typeof ApprovalRequestInput>;

/** base64 of 300 KB is 400 KB; the prefix adds a few characters. */

export const ApprovalDecisionInput = Body({
  decision: Type.Enum(['approved', 'declined'] as const),
  poReference: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  signature: Type.Optional(Nullable(SignatureImage)),
  /** Required when declining. */
  reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  /** Staff only, and required of staff: whose decision they record, with a note and/or a file of the record as evidence. */
  onBehalfOf: Type.Optional(
    Body({
      customerPerson: Type.String({ minLength: 1, maxLength: 200 }),
      note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
      fileId: Type.Optional(Nullable(Id)),
    }),
  ),
});
export type ApprovalDecisionInput = Static<typeof ApprovalDecisionInput>;

export const ApprovalHistory = Type.Object({ items: Type.Array(Approval) });

export type ApprovalRow = ApprovalsTable & { requested_by_name: string | null; decided_by_name: string | null };

export function toApproval(row: ApprovalRow, viewer: Principal): Approval {
  const staff = viewer.kind === 'staff';
  return {
    id: row.id,
    recordType: row.resource_type,
    recordId: row.resource_id,
    state: row.state,
    amount: row.amount,
    message: row.message,
    requestedByName: row.requested_by_name,
    requestedAt: row.requested_at,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at,
    poReference: row.po_reference,
    signature: row.signature,
    declineReason: row.decline_reason,
    onBehalfOf:
      row.on_behalf_person === null
        ? null
        : { customerPerson: row.on_behalf_person, ...(staff ? { note: row.evidence_note, fileId: row.evidence_file_id } : {}) },
  };
}
