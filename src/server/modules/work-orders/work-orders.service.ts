import { flagsOfRecords } from '../flags/flags.repository.js';
import type { AppContext, DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import { nextNumber } from '../../db/sequences.js';
import { parseSort, type SortSpec } from '../../http/list-query.js';
import { BadRequestError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { queueWebhookEvent } from '../webhooks/webhook-events.js';
import { toAsset } from '../assets/assets.mapping.js';
import { findVisibleAsset, updateAssetRow } from '../assets/assets.repository.js';
import { assertCustomerReference, assertProjectReference, assertSiteReference, invalidReference } from '../access/record-references.js';
import { assertTransition, SERVICE_KINDS } from './work-order-workflow.js';
import { toWorkOrder, type WorkOrderInput, type WorkOrderPatch, type WorkOrderRow } from './work-orders.mapping.js';
import {
  activeStaffUserIds,
  findVisibleWorkOrder,
  insertWorkOrder,
  listVisibleWorkOrders,
  loadAssignees,
  replaceAssignees,
  updateWorkOrderRow,
  type WorkOrderListFilters,
} from './work-orders.repository.js';

const SORT_COLUMNS = { createdAt: 'created_at', number: 'number' };
export const WORK_ORDER_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type WorkOrdersService = ReturnType<typeof createWorkOrdersService>;
export type WorkOrderListQuery = Omit<WorkOrderListFilters, 'statuses' | 'underAsset'> & {
  status?: string;
  sort?: string;
  cursor?: string;
  limit?: number;
};

/** Timestamps are stored normalized so both engines hand back the same string. */
function normalizeTimestamp(value: string | null | undefined): string | null | undefined {
  if (!value) return value;
  const date = new Date(value);
  // PostgreSQL has no year 0; refuse it here rather than fail in the database.
  if (date.getUTCFullYear() < 1) throw new BadRequestError('Dates before the year 1 are not supported.');
  return date.toISOString();
}

async function assertAssignable(db: DbExecutor, scope: AccessScope, userIds: string[] | undefined): Promise<void> {
  if (!userIds?.length) return;
  const valid = await activeStaffUserIds(db, scope, userIds);
  const invalid = userIds.filter((id) => !valid.has(id));
  if (invalid.length > 0) {
    throw new UnprocessableError('assigneeIds: only active staff users can be assigned.', 'invalid_reference', { field: 'assigneeIds', ids: invalid });
  }
}

function assertPlannedPeriod(row: Pick<WorkOrderRow, 'planned_start' | 'planned_end'>): void {
  if (row.planned_start && row.planned_end && Date.parse(row.planned_end) < Date.parse(row.planned_start)) {
    throw new UnprocessableError('plannedEnd must not be before plannedStart.', 'invalid_period', { field: 'plannedEnd' });
  }
}

export function createWorkOrdersService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<WorkOrderRow> {
    const row = await findVisibleWorkOrder(db, scope, id);
    if (!row) throw new NotFoundError('Work order not found.');
    return row;
  }

  /** Assignees and flags for a whole page: two queries, whatever the page size. */
  async function presentPage(scope: AccessScope, rows: WorkOrderRow[], executor: DbExecutor = db) {
    const ids = rows.map((row) => row.id);
    const [assignees, flags] = await Promise.all([loadAssignees(executor, ids), flagsOfRecords(executor, scope, 'work_order', ids)]);
    return rows.map((row) => toWorkOrder(row, assignees.get(row.id) ?? [], scope.principal, flags.get(row.id) ?? []));
  }

  async function present(scope: AccessScope, row: WorkOrderRow, executor: DbExecutor = db) {
    return (await presentPage(scope, [row], executor))[0]!;
  }

  async function listPage(
    scope: AccessScope,
    filters: WorkOrderListFilters,
    page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
  ) {
    const result = await listVisibleWorkOrders(db, scope, filters, page);
    return { items: await presentPage(scope, result.rows), nextCursor: result.nextCursor };
  }

  /** A completed maintenance or calibration is the asset's latest service. */
  async function recordService(trx: DbExecutor, scope: AccessScope, assetId: string, now: string, facts: Facts): Promise<void> {
    const before = await findVisibleAsset(trx, scope, assetId);
    if (!before) return;
    const after = { ...before, last_service_date: now.slice(0, 10), updated_at: now };
    await updateAssetRow(trx, assetId, { last_service_date: after.last_service_date, updated_at: now });
    await recordChange(trx, { ...facts, principal: scope.principal, now }, {
      action: 'update',
      resourceType: 'asset',
      resourceId: assetId,
      customerId: before.customer_id,
      before: toAsset(before, scope.principal),
      after: toAsset(after, scope.principal),
    });
  }

  return {
    getVisible,
    listPage,

    async list(scope: AccessScope, query: WorkOrderListQuery) {
      const sort = parseSort(query.sort, SORT_COLUMNS, '-createdAt');
      const statuses = query.status ? (query.status.split(',') as WorkOrderRow['status'][]) : undefined;
      return listPage(scope, { ...query, statuses }, { sort, cursor: query.cursor, limit: query.limit });
    },

    async get(scope: AccessScope, id: string) {
      return present(scope, await getVisible(scope, id));
    },

    async create(scope: AccessScope, input: WorkOrderInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_records');
      const id = newId();
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        let customerId = input.customerId;
        let siteId = input.siteId ?? null;
        let rootAssetId: string | null = null;
        if (input.assetId) {
          const asset = await findVisibleAsset(trx, scope, input.assetId);
          if (!asset || (customerId && asset.customer_id !== customerId)) throw invalidReference('assetId', 'no such asset of this customer.');
          customerId = asset.customer_id;
          rootAssetId = asset.root_id;
          if (input.siteId === undefined) siteId = asset.site_id;
        } else if (!customerId) {
          throw new BadRequestError('customerId is required when no assetId is given.', [{ path: 'body/customerId', message: 'is required' }]);
        }
        await assertCustomerReference(trx, scope, customerId);
        if (input.siteId) await assertSiteReference(trx, scope, input.siteId, customerId);
        await assertProjectReference(trx, scope, input.projectId, customerId);
        await assertAssignable(trx, scope, input.assigneeIds);
        const created: WorkOrderRow = {
          id,
          customer_id: customerId,
          site_id: siteId,
          asset_id: input.assetId ?? null,
          root_asset_id: rootAssetId,
          project_id: input.projectId ?? null,
          number: await nextNumber(trx, 'work_order', 'WO'),
          title: input.title,
          description: input.description ?? null,
          kind: input.kind ?? 'other',
          status: 'open',
          priority: input.priority ?? 'normal',
          planned_start: normalizeTimestamp(input.plannedStart) ?? null,
          planned_end: normalizeTimestamp(input.plannedEnd) ?? null,
          completed_at: null,
          internal_cost: input.internalCost ?? null,
          approval_state: 'none',
          approval_amount: null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        assertPlannedPeriod(created);
        await insertWorkOrder(trx, created);
        await replaceAssignees(trx, id, input.assigneeIds ?? []);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'work_order',
          resourceId: id,
          customerId,
          after: toWorkOrder(created, input.assigneeIds ?? [], scope.principal),
        });
        return created;
      });
      return present(scope, row);
    },

    async update(scope: AccessScope, id: string, patch: WorkOrderPatch, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        const customerId = before.customer_id;
        let rootAssetId = before.root_asset_id;
        if (patch.assetId !== undefined && patch.assetId !== before.asset_id) {
          const asset = patch.assetId ? await findVisibleAsset(trx, scope, patch.assetId) : null;
          if (patch.assetId && (!asset || asset.customer_id !== customerId)) throw invalidReference('assetId', 'no such asset of this customer.');
          rootAssetId = asset?.root_id ?? null;
        }
        if (patch.siteId) await assertSiteReference(trx, scope, patch.siteId, customerId);
        await assertProjectReference(trx, scope, patch.projectId, customerId);
        await assertAssignable(trx, scope, patch.assigneeIds);
        const status = patch.status ?? before.status;
        assertTransition(before.status, status);
        const completing = status === 'completed' && before.status !== 'completed';
        const pick = <K extends keyof WorkOrderPatch, C extends keyof WorkOrderRow>(key: K, column: C) =>
          (patch[key] === undefined ? before[column] : patch[key]) as WorkOrderRow[C];
        const after: WorkOrderRow = {
          ...before,
          site_id: pick('siteId', 'site_id'),
          asset_id: pick('assetId', 'asset_id'),
          root_asset_id: rootAssetId,
          project_id: pick('projectId', 'project_id'),
          title: pick('title', 'title'),
          description: pick('description', 'description'),
          kind: pick('kind', 'kind'),
          status,
          priority: pick('priority', 'priority'),
          planned_start: patch.plannedStart === undefined ? before.planned_start : (normalizeTimestamp(patch.plannedStart) ?? null),
          planned_end: patch.plannedEnd === undefined ? before.planned_end : (normalizeTimestamp(patch.plannedEnd) ?? null),
          completed_at: status !== 'completed' ? null : completing ? now : before.completed_at,
          internal_cost: pick('internalCost', 'internal_cost'),
          updated_at: now,
        };
        assertPlannedPeriod(after);
        // The approval columns move only with approvals (approvals.service.ts), never with an edit.
        const { id: _id, approval_state: _state, approval_amount: _amount, ...changes } = after;
        await updateWorkOrderRow(trx, id, changes);
        const assigneesBefore = (await loadAssignees(trx, [id])).get(id) ?? [];
        if (patch.assigneeIds) await replaceAssignees(trx, id, patch.assigneeIds);
        if (completing && after.asset_id && SERVICE_KINDS.includes(after.kind)) await recordService(trx, scope, after.asset_id, now, facts);
        if (after.status !== before.status) {
          const assigneeIds = patch.assigneeIds ? [...patch.assigneeIds].sort() : assigneesBefore;
          await queueWebhookEvent(trx, clock(), {
            kind: 'work_order.status_changed',
            customerId,
            render: async (executor, reader) => toWorkOrder(after, assigneeIds, reader, (await flagsOfRecords(executor, { principal: reader }, 'work_order', [id])).get(id) ?? []),
          });
        }
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'work_order',
          resourceId: id,
          customerId,
          before: toWorkOrder(before, assigneesBefore, scope.principal),
          after: toWorkOrder(after, patch.assigneeIds ? [...patch.assigneeIds].sort() : assigneesBefore, scope.principal),
        });
        return after;
      });
      return present(scope, row);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_records');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateWorkOrderRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'work_order',
          resourceId: id,
          customerId: before.customer_id,
          before: toWorkOrder(before, (await loadAssignees(trx, [id])).get(id) ?? [], scope.principal),
        });
      });
    },
  };
}
