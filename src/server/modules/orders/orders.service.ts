import type { Reader } from '../flags/flags.repository.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { nextNumber } from '../../db/sequences.js';
import { parseSort } from '../../http/list-query.js';
import { NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { flagsOfRecords } from '../flags/flags.repository.js';
import { assertCustomerReference, assertSiteReference } from '../access/record-references.js';
import { queueWebhookEvent } from '../webhooks/webhook-events.js';
import { orderFields, placedByOf, toOrder, type OrderInput, type OrderPatch } from './orders.mapping.js';
import { findVisibleOrder, insertOrder, listVisibleOrders, updateOrderRow, type OrderListFilters, type OrderRow } from './orders.repository.js';

const SORT_COLUMNS = { createdAt: 'created_at', number: 'number' };
export const ORDER_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type OrderListQuery = OrderListFilters & { sort?: string; cursor?: string; limit?: number };

export type OrdersService = ReturnType<typeof createOrdersService>;

export function createOrdersService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<OrderRow> {
    const row = await findVisibleOrder(db, scope, id);
    if (!row) throw new NotFoundError('Order not found.');
    return row;
  }

  /** Flags for a whole page in one query. */
  async function present(rows: OrderRow[], reader: Reader) {
    const viewer = reader.principal;
    const flags = await flagsOfRecords(db, reader, 'order', rows.map((row) => row.id));
    return rows.map((row) => toOrder(row, viewer, flags.get(row.id) ?? []));
  }

  async function presentOne(row: OrderRow, reader: Reader) {
    return (await present([row], reader))[0]!;
  }

  return {
    async list(scope: AccessScope, query: OrderListQuery) {
      const sort = parseSort(query.sort, SORT_COLUMNS, '-createdAt');
      const page = await listVisibleOrders(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: await present(page.rows, scope), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return presentOne(await getVisible(scope, id), scope);
    },

    async create(scope: AccessScope, input: OrderInput, facts: Facts) {
      const placedBy = placedByOf(scope.principal);
      assertStaffMay(scope.principal, 'manage_records');
      await assertCustomerReference(db, scope, input.customerId);
      await assertSiteReference(db, scope, input.siteId, input.customerId);
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        const created: OrderRow = {
          id: newId(),
          customer_id: input.customerId,
          site_id: input.siteId ?? null,
          number: await nextNumber(trx, 'order', 'O'),
          title: input.title,
          status: input.status ?? 'received',
          deadline: input.deadline ?? null,
          placed_by_user_id: placedBy,
          internal_notes: input.internalNotes ?? null,
          approval_state: 'none',
          approval_amount: null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertOrder(trx, created);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'order',
          resourceId: created.id,
          customerId: created.customer_id,
          after: orderFields(created, scope.principal),
        });
        return created;
      });
      return presentOne(row, scope);
    },

    async update(scope: AccessScope, id: string, patch: OrderPatch, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_records');
      if (patch.siteId !== undefined && patch.siteId !== before.site_id) await assertSiteReference(db, scope, patch.siteId, before.customer_id);
      const now = clock().toISOString();
      const after: OrderRow = {
        ...before,
        site_id: patch.siteId === undefined ? before.site_id : patch.siteId,
        title: patch.title ?? before.title,
        status: patch.status ?? before.status,
        deadline: patch.deadline === undefined ? before.deadline : patch.deadline,
        internal_notes: patch.internalNotes === undefined ? before.internal_notes : patch.internalNotes,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        // The approval columns move only with approvals (approvals.service.ts), never with an edit.
        const { id: _id, customer_id: _customer, number: _number, placed_by_user_id: _placedBy, approval_state: _state, approval_amount: _amount, ...changes } = after;
        await updateOrderRow(trx, id, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'order',
          resourceId: id,
          customerId: before.customer_id,
          before: orderFields(before, scope.principal),
          after: orderFields(after, scope.principal),
        });
        if (after.status !== before.status) {
          await queueWebhookEvent(trx, clock(), {
            kind: 'order.status_changed',
            customerId: before.customer_id,
            render: async (executor, reader) => toOrder(after, reader, (await flagsOfRecords(executor, { principal: reader }, 'order', [id])).get(id) ?? []),
          });
        }
      });
      return presentOne(after, scope);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_records');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateOrderRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'order',
          resourceId: id,
          customerId: before.customer_id,
          before: orderFields(before, scope.principal),
        });
      });
    },
  };
}
