import type { AppContext, DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import { childPath, currentPathOf, lockTree, moveSubtree, wouldCreateCycle } from '../../db/tree-paths.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { findVisibleCustomer } from '../customers/customers.repository.js';
import { toSite, type SiteInput, type SitePatch } from './sites.mapping.js';
import { findVisibleSite, insertSite, listVisibleSites, updateSiteRow, type SiteListFilters, type SiteRow } from './sites.repository.js';

const SORT_COLUMNS = { name: caseless('name'), createdAt: 'created_at' };
export const SITE_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

export type SitesService = ReturnType<typeof createSitesService>;

export function createSitesService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<SiteRow> {
    const row = await findVisibleSite(db, scope, id);
    if (!row) throw new NotFoundError('Site not found.');
    return row;
  }

  /** The parent's path; the parent must be a visible site of the same customer. */
  async function parentPath(executor: DbExecutor, scope: AccessScope, customerId: string, parentId: string | null | undefined) {
    if (!parentId) return null;
    const parent = await findVisibleSite(executor, scope, parentId);
    if (!parent || parent.customer_id !== customerId) {
      throw new UnprocessableError('parentId: no such site of this customer.', 'invalid_reference');
    }
    return parent.path;
  }

  return {
    async list(scope: AccessScope, query: SiteListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'name');
      const page = await listVisibleSites(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map((row) => toSite(row, scope.principal)), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toSite(await getVisible(scope, id), scope.principal);
    },

    async create(scope: AccessScope, input: SiteInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_customers');
      if (!(await findVisibleCustomer(db, scope, input.customerId))) {
        throw new UnprocessableError('customerId: no such customer.', 'invalid_reference');
      }
      const id = newId();
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (input.parentId) await lockTree(trx, 'sites', input.customerId);
        const created: SiteRow = {
          id,
          customer_id: input.customerId,
          parent_id: input.parentId ?? null,
          // Read inside the transaction so a concurrent move of the parent cannot leave a stale path.
          path: childPath(await parentPath(trx, scope, input.customerId, input.parentId), id),
          name: input.name,
          kind: input.kind ?? 'facility',
          street: input.street ?? null,
          postal_code: input.postalCode ?? null,
          city: input.city ?? null,
          country: input.country ?? null,
          internal_notes: input.internalNotes ?? null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertSite(trx, created);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'site',
          resourceId: id,
          customerId: created.customer_id,
          after: toSite(created, scope.principal),
        });
        return created;
      });
      return toSite(row, scope.principal);
    },

    async update(scope: AccessScope, id: string, patch: SitePatch, facts: Facts) {
      await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_customers');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        const before = await findVisibleSite(trx, scope, id);
        if (!before) throw new NotFoundError('Site not found.');
        let path = before.path;
        if (patch.parentId !== undefined && patch.parentId !== before.parent_id) {
          await lockTree(trx, 'sites', before.customer_id);
          const oldPath = await currentPathOf(trx, 'sites', id);
          const newParentPath = await parentPath(trx, scope, before.customer_id, patch.parentId);
          if (wouldCreateCycle(id, newParentPath)) {
            throw new UnprocessableError('A site cannot be placed under itself or one of its own sub-sites.', 'cycle');
          }
          path = childPath(newParentPath, id);
          await moveSubtree(trx, 'sites', oldPath, path);
        }
        const after: SiteRow = {
          ...before,
          parent_id: patch.parentId === undefined ? before.parent_id : patch.parentId,
          path,
          name: patch.name ?? before.name,
          kind: patch.kind ?? before.kind,
          street: patch.street === undefined ? before.street : patch.street,
          postal_code: patch.postalCode === undefined ? before.postal_code : patch.postalCode,
          city: patch.city === undefined ? before.city : patch.city,
          country: patch.country === undefined ? before.country : patch.country,
          internal_notes: patch.internalNotes === undefined ? before.internal_notes : patch.internalNotes,
          updated_at: now,
        };
        const { id: _id, path: _path, customer_id: _customer, ...changes } = after;
        await updateSiteRow(trx, id, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'site',
          resourceId: id,
          customerId: before.customer_id,
          before: toSite(before, scope.principal),
          after: toSite(after, scope.principal),
        });
        return after;
      });
      return toSite(row, scope.principal);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_customers');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateSiteRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'site',
          resourceId: id,
          customerId: before.customer_id,
          before: toSite(before, scope.principal),
        });
      });
    },
  };
}
