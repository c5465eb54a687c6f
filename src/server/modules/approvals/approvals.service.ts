import type { AppContext } from '../../context.js';
import type { ApprovalRecordType } from '../../db/approval-tables.js';
import { newId } from '../../db/ids.js';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { isExternal } from '../access/portal-capabilities.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { ChangeFacts } from '../audit/record-change.js';
import { queueWebhookEvent } from '../webhooks/webhook-events.js';
import { formatCents } from './approval-mails.js';
import { notifyApprovalEvent } from './approval-notifications.js';
import { toApproval, type ApprovalDecisionInput, type ApprovalRequestInput } from './approvals.mapping.js';
import {
  decideOpenApproval,
  findApproval,
  findOpenApproval,
  findVisibleTarget,
  insertApproval,
  isFileOfRecord,
  listApprovals,
  setRecordApproval,
  type ApprovalTarget,
} from './approvals.repository.js';
import { signatureImage } from '../signatures/signature-image.js';

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type ApprovalsService = ReturnType<typeof createApprovalsService>;

const NOT_FOUND = { order: 'Order not found.', work_order: 'Work order not found.' } as const;

/** Text fields left blank count as not given. */
const given = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

export function createApprovalsService(ctx: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  const { db, clock } = ctx;

  async function getVisible(scope: AccessScope, type: ApprovalRecordType, id: string): Promise<ApprovalTarget> {
    const target = await findVisibleTarget(db, scope, type, id);
    if (!target) throw new NotFoundError(NOT_FOUND[type]);
    return target;
  }

  /** Who may decide at all: portal users with the approve capability, staff who work on records. */
  function assertMayTryDeciding(scope: AccessScope): void {
    if (!isExternal(scope)) return assertStaffMay(scope.principal, 'manage_records');
    if (!scope.facts.capabilities.approve) throw new ForbiddenError('You may not approve or decline.', 'approval_not_allowed');
  }

  /**
   * What a decision must bring: a portal approver approves only within their limit; staff record a decision the customer took elsewhere, so they name the
   * customer person and give evidence.
   */
  async function assertMayDecide(scope: AccessScope, target: ApprovalTarget, input: ApprovalDecisionInput, amount: number): Promise<void> {
    if (isExternal(scope)) {
      const { approvalLimit } = scope.facts.capabilities;
      if (input.onBehalfOf) throw new UnprocessableError('onBehalfOf: only staff record decisions on the customer’s behalf.', 'field_not_allowed', { field: 'onBehalfOf' });
      if (input.decision === 'approved' && approvalLimit !== null && amount > approvalLimit) {
        throw new ForbiddenError(
          `Your approval limit is ${formatCents(approvalLimit)}; this approval is for ${formatCents(amount)}. Ask a colleague with a higher limit, or decline.`,
          'approval_limit_exceeded',
        );
      }
      return;
    }
    const evidence = input.onBehalfOf;
    if (!evidence) throw new UnprocessableError('onBehalfOf: staff record a decision on the customer’s behalf, naming the customer person.', 'evidence_required', { field: 'onBehalfOf' });
    if (!given(evidence.note) && !evidence.fileId) throw new UnprocessableError('onBehalfOf: give a note or a file of the record as evidence.', 'evidence_required', { field: 'onBehalfOf' });
    if (evidence.fileId && !(await isFileOfRecord(db, target, evidence.fileId))) {
      throw new UnprocessableError('onBehalfOf.fileId: no such file on this record.', 'invalid_reference', { field: 'onBehalfOf.fileId' });
    }
  }

  return {
    /** The rounds of the record, newest first. */
    async history(scope: AccessScope, type: ApprovalRecordType, id: string) {
      const target = await getVisible(scope, type, id);
      return { items: (await listApprovals(db, target)).map((row) => toApproval(row, scope.principal)) };
    },

    /** Staff ask the customer to approve an amount; after a decision this starts a new round. */
    async request(scope: AccessScope, type: ApprovalRecordType, id: string, input: ApprovalRequestInput, facts: Facts) {
      const target = await getVisible(scope, type, id);
      assertStaffMay(scope.principal, 'manage_records');
      if (!target.completed) throw new ConflictError('A work order is approved once it is completed.', 'work_order_not_completed');
      if (target.approval_state === 'requested') throw new ConflictError('An approval is already requested; wait for the decision.', 'approval_already_requested');
      const now = clock();
      const approvalId = newId(now.getTime());
      await db.transaction().execute(async (trx) => {
        await insertApproval(trx, {
          id: approvalId,
          customer_id: target.customer_id,
          resource_type: type,
          resource_id: id,
          state: 'requested',
          amount: input.amount,
          message: given(input.message),
          requested_by_user_id: scope.principal.userId,
          requested_at: now.toISOString(),
          decided_by_user_id: null,
          decided_at: null,
          po_reference: null,
          signature: null,
          decline_reason: null,
          on_behalf_person: null,
          evidence_note: null,
          evidence_file_id: null,
        });
        await setRecordApproval(trx, target, { approval_state: 'requested', approval_amount: input.amount });
        await recordAuditEvent(trx, {
          occurredAt: now.toISOString(),
          actorUserId: scope.principal.userId,
          action: `${type}.approval_requested`,
          customerId: target.customer_id,
          resourceType: type,
          resourceId: id,
          details: { approvalId, amount: input.amount, message: given(input.message) },
          ip: facts.ip ?? null,
          requestId: facts.requestId ?? null,
        });
        await notifyApprovalEvent(trx, ctx, { kind: 'approval_requested', target, actorUserId: scope.principal.userId, amount: input.amount });
      });
      return toApproval(await findApproval(db, approvalId), scope.principal);
    },

    /** Approve or decline the open round: a portal approver in the portal, or staff on the customer's behalf. */
    async decide(scope: AccessScope, type: ApprovalRecordType, id: string, input: ApprovalDecisionInput, facts: Facts) {
      const target = await getVisible(scope, type, id);
      assertMayTryDeciding(scope);
      const open = await findOpenApproval(db, target);
      if (!open) throw new ConflictError('No approval is requested on this record.', 'approval_not_requested');
      await assertMayDecide(scope, target, input, open.amount);
      const reason = given(input.reason);
      if (input.decision === 'declined' && !reason) throw new UnprocessableError('reason: say why you decline.', 'reason_required', { field: 'reason' });
      if (input.signature) signatureImage(input.signature);
      const now = clock();
      await db.transaction().execute(async (trx) => {
        const decided = await decideOpenApproval(trx, open.id, {
          state: input.decision,
          decided_by_user_id: scope.principal.userId,
          decided_at: now.toISOString(),
          po_reference: given(input.poReference),
          signature: input.signature ?? null,
          decline_reason: input.decision === 'declined' ? reason : null,
          on_behalf_person: given(input.onBehalfOf?.customerPerson),
          evidence_note: given(input.onBehalfOf?.note),
          evidence_file_id: input.onBehalfOf?.fileId ?? null,
        });
        if (!decided) throw new ConflictError('Someone decided this approval a moment ago.', 'approval_not_requested');
        await setRecordApproval(trx, target, { approval_state: input.decision });
        await recordAuditEvent(trx, {
          occurredAt: now.toISOString(),
          actorUserId: scope.principal.userId,
          action: `${type}.${input.decision}`,
          customerId: target.customer_id,
          resourceType: type,
          resourceId: id,
          // The signature image stays on the approval; the audit log names the facts.
          details: {
            approvalId: open.id,
            amount: open.amount,
            poReference: given(input.poReference),
            signed: Boolean(input.signature),
            reason: input.decision === 'declined' ? reason : null,
            onBehalfOf: input.onBehalfOf ? { customerPerson: given(input.onBehalfOf.customerPerson), note: given(input.onBehalfOf.note), fileId: input.onBehalfOf.fileId ?? null } : null,
          },
          ip: facts.ip ?? null,
          requestId: facts.requestId ?? null,
        });
        await queueWebhookEvent(trx, now, {
          kind: 'approval.decided',
          customerId: target.customer_id,
          render: async (executor, reader) => ({
            record: { type, id, number: target.number, title: target.title, approvalState: input.decision },
            approval: toApproval(await findApproval(executor, open.id), reader),
          }),
        });
        await notifyApprovalEvent(trx, ctx, {
          kind: 'approval_decided',
          target,
          actorUserId: scope.principal.userId,
          amount: open.amount,
          decision: input.decision,
          requestedBy: open.requested_by_user_id,
        });
      });
      return toApproval(await findApproval(db, open.id), scope.principal);
    },
  };
}
