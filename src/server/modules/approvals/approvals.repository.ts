import type { Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { ApprovalRecordType, ApprovalsTable, ApprovalState } from '../../db/approval-tables.js';
import type { AccessScope } from '../access/access-scope.js';
import { findVisibleOrder } from '../orders/orders.repository.js';
import { findVisibleWorkOrder } from '../work-orders/work-orders.repository.js';
import type { ApprovalRow } from './approvals.mapping.js';

/** What approvals need of an order or a work order. */
export interface ApprovalTarget {
  type: ApprovalRecordType;
  id: string;
  customer_id: string;
  site_id: string | null;
  number: string;
  title: string;
  /** Work orders are approved once completed; orders in any status. */
  completed: boolean;
  approval_state: ApprovalState;
}

const TABLES = { order: 'orders', work_order: 'work_orders' } as const;

/** The record through the caller's access scope: the same lookup the record's own routes use, so an invisible one is the shared 404. */
export async function findVisibleTarget(db: DbExecutor, scope: AccessScope, type: ApprovalRecordType, id: string): Promise<ApprovalTarget | undefined> {
  const row = type === 'order' ? await findVisibleOrder(db, scope, id) : await findVisibleWorkOrder(db, scope, id);
  if (!row) return undefined;
  const completed = type === 'order' || row.status === 'completed';
  return { type, id: row.id, customer_id: row.customer_id, site_id: row.site_id, number: row.number, title: row.title, completed, approval_state: row.approval_state };
}

export async function setRecordApproval(db: DbExecutor, target: ApprovalTarget, changes: { approval_state: ApprovalState; approval_amount?: number }): Promise<void> {
  await db.updateTable(TABLES[target.type]).set(changes).where('id', '=', target.id).execute();
}

export async function insertApproval(db: DbExecutor, row: ApprovalsTable): Promise<void> {
  await db.insertInto('approvals').values(row).execute();
}

/** The round waiting for a decision, if any. */
export async function findOpenApproval(db: DbExecutor, target: ApprovalTarget): Promise<ApprovalsTable | undefined> {
  return db
    .selectFrom('approvals')
    .selectAll()
    .where('resource_type', '=', target.type)
    .where('resource_id', '=', target.id)
    .where('state', '=', 'requested')
    .executeTakeFirst();
}

/** Decides an open round; false when someone else decided it first (the row is no longer `requested`). */
export async function decideOpenApproval(db: DbExecutor, id: string, changes: Updateable<ApprovalsTable>): Promise<boolean> {
  const result = await db.updateTable('approvals').set(changes).where('id', '=', id).where('state', '=', 'requested').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function withNames(db: DbExecutor) {
  return db
    .selectFrom('approvals')
    .leftJoin('users as requester', 'requester.id', 'approvals.requested_by_user_id')
    .leftJoin('users as decider', 'decider.id', 'approvals.decided_by_user_id')
    .selectAll('approvals')
    .select(['requester.display_name as requested_by_name', 'decider.display_name as decided_by_name']);
}

/** Every round of the record, newest first. */
export async function listApprovals(db: DbExecutor, target: ApprovalTarget): Promise<ApprovalRow[]> {
  return withNames(db)
    .where('approvals.resource_type', '=', target.type)
    .where('approvals.resource_id', '=', target.id)
    .orderBy('approvals.requested_at', 'desc')
    .orderBy('approvals.id', 'desc')
    .execute();
}

export async function findApproval(db: DbExecutor, id: string): Promise<ApprovalRow> {
  return withNames(db).where('approvals.id', '=', id).executeTakeFirstOrThrow();
}

/** A live file of the record: what staff may cite as evidence of a decision taken outside the portal. */
export async function isFileOfRecord(db: DbExecutor, target: ApprovalTarget, fileId: string): Promise<boolean> {
  const file = await db
    .selectFrom('files')
    .select('id')
    .where('id', '=', fileId)
    .where('resource_type', '=', target.type)
    .where('resource_id', '=', target.id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return file !== undefined;
}
