import type { AppContext, DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import { nextNumber } from '../../db/sequences.js';
import { childPath, currentPathOf, lockTree, moveSubtree, wouldCreateCycle } from '../../db/tree-paths.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import {
  customerNumberTaken,
  findVisibleCustomer,
  insertCustomer,
  listVisibleCustomers,
  updateCustomerRow,
  type CustomerListFilters,
  type CustomerRow,
} from './customers.repository.js';
import { PORTAL_AREAS, toCustomer, type CustomerInput, type CustomerPatch } from './customers.mapping.js';

const SORT_COLUMNS = { name: caseless('name'), number: 'number', createdAt: 'created_at' };
export const CUSTOMER_SORT_FIELDS = Object.keys(SORT_COLUMNS);

export type CustomersService = ReturnType<typeof createCustomersService>;

export function createCustomersService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<CustomerRow> {
    const row = await findVisibleCustomer(db, scope, id);
    if (!row) throw new NotFoundError('Customer not found.');
    return row;
  }

  async function parentPath(executor: DbExecutor, scope: AccessScope, parentId: string | null | undefined): Promise<string | null> {
    if (!parentId) return null;
    const parent = await findVisibleCustomer(executor, scope, parentId);
    if (!parent) throw new UnprocessableError('parentId: no such customer.', 'invalid_reference');
    return parent.path;
  }

  return {
    async list(scope: AccessScope, query: CustomerListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'name');
      const page = await listVisibleCustomers(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map((row) => toCustomer(row, scope.principal)), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toCustomer(await getVisible(scope, id), scope.principal);
    },

    async create(scope: AccessScope, input: CustomerInput, facts: Omit<ChangeFacts, 'principal' | 'now'>) {
      assertStaffMay(scope.principal, 'manage_customers');
      const id = newId();
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (input.parentId) await lockTree(trx, 'customers', 'all');
        const path = childPath(await parentPath(trx, scope, input.parentId), id);
        if (input.number && (await customerNumberTaken(trx, input.number))) {
          throw new ConflictError(`Customer number ${input.number} is already in use.`);
        }
        const created: CustomerRow = {
          id,
          parent_id: input.parentId ?? null,
          path,
          number: input.number ?? (await nextNumber(trx, 'customer', 'C')),
          name: input.name,
          email: input.email ?? null,
          phone: input.phone ?? null,
          internal_notes: input.internalNotes ?? null,
          portal_areas: JSON.stringify(input.portalAreas ?? PORTAL_AREAS),
          portal_mfa_required: input.portalMfaRequired ? 1 : 0,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertCustomer(trx, created);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'customer',
          resourceId: id,
          customerId: id,
          after: toCustomer(created, scope.principal),
        });
        return created;
      });
      return toCustomer(row, scope.principal);
    },

    async update(scope: AccessScope, id: string, patch: CustomerPatch, facts: Omit<ChangeFacts, 'principal' | 'now'>) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_customers');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (patch.number && (await customerNumberTaken(trx, patch.number, id))) {
          throw new ConflictError(`Customer number ${patch.number} is already in use.`);
        }
        let path = before.path;
        if (patch.parentId !== undefined && patch.parentId !== before.parent_id) {
          await lockTree(trx, 'customers', 'all');
          const oldPath = await currentPathOf(trx, 'customers', id);
          const newParentPath = await parentPath(trx, scope, patch.parentId);
          if (wouldCreateCycle(id, newParentPath)) {
            throw new UnprocessableError('A customer cannot be placed under itself or one of its own sub-accounts.', 'cycle');
          }
          path = childPath(newParentPath, id);
          await moveSubtree(trx, 'customers', oldPath, path);
        }
        const after: CustomerRow = {
          ...before,
          parent_id: patch.parentId === undefined ? before.parent_id : patch.parentId,
          path,
          number: patch.number ?? before.number,
          name: patch.name ?? before.name,
          email: patch.email === undefined ? before.email : patch.email,
          phone: patch.phone === undefined ? before.phone : patch.phone,
          internal_notes: patch.internalNotes === undefined ? before.internal_notes : patch.internalNotes,
          portal_areas: patch.portalAreas ? JSON.stringify(patch.portalAreas) : before.portal_areas,
          portal_mfa_required: patch.portalMfaRequired === undefined ? before.portal_mfa_required : patch.portalMfaRequired ? 1 : 0,
          updated_at: now,
        };
        const { id: _id, path: _path, ...changes } = after;
        await updateCustomerRow(trx, id, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'customer',
          resourceId: id,
          customerId: id,
          before: toCustomer(before, scope.principal),
          after: toCustomer(after, scope.principal),
        });
        return after;
      });
      return toCustomer(row, scope.principal);
    },

    async archive(scope: AccessScope, id: string, facts: Omit<ChangeFacts, 'principal' | 'now'>) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_customers');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateCustomerRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'customer',
          resourceId: id,
          customerId: id,
          before: toCustomer(before, scope.principal),
        });
      });
    },
  };
}
