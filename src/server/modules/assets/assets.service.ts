import type { AppContext, DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import { childPath, currentPathOf, depthOf, lockTree, moveSubtree, rootIdOf, wouldCreateCycle } from '../../db/tree-paths.js';
import { caseless, nullsAs, parseSort } from '../../http/list-query.js';
import { NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertMayManageDevice, assertMayManageDevices, assertNoStaffOnlyFields, assertStillVisible } from '../access/portal-capabilities.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { createWorkOrdersService } from '../work-orders/work-orders.service.js';
import { serializeCustomFields, STAFF_ONLY_ASSET_FIELDS, toAsset, type AssetInput, type AssetPatch, type AssetRow } from './assets.mapping.js';
import {
  findVisibleAsset,
  insertAsset,
  listVisibleAssets,
  updateAssetRow,
  updateRootAssetOfRecordsUnder,
  type AssetListFilters,
  countVisibleChildren,
} from './assets.repository.js';
import { assertCustomerReference, assertProjectReference, assertSiteReference, invalidReference } from '../access/record-references.js';

/** The asset list's sort fields (the bench sorts the same way); no due date sorts last. */
export const ASSET_SORT_COLUMNS = { name: caseless('name'), createdAt: 'created_at', nextDueDate: nullsAs('next_due_date', '9999-12-31') };
export const ASSET_SORT_FIELDS = Object.keys(ASSET_SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type AssetsService = ReturnType<typeof createAssetsService>;
type PageQuery = { sort?: string; cursor?: string; limit?: number };

export function createAssetsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  const workOrders = createWorkOrdersService({ db, clock });

  async function getVisible(scope: AccessScope, id: string): Promise<AssetRow> {
    const row = await findVisibleAsset(db, scope, id);
    if (!row) throw new NotFoundError('Asset not found.');
    return row;
  }

  /** Path of the new parent: a visible asset of the same customer, or null for a top-level asset. */
  async function parentPath(executor: DbExecutor, scope: AccessScope, parentId: string | null | undefined, customerId: string) {
    if (!parentId) return null;
    const parent = await findVisibleAsset(executor, scope, parentId);
    if (!parent || parent.customer_id !== customerId) throw invalidReference('parentId', 'no such asset of this customer.');
    return parent.path;
  }

  return {
    async list(scope: AccessScope, query: AssetListFilters & PageQuery & { under?: string; childCounts?: boolean }) {
      const sort = parseSort(query.sort, ASSET_SORT_COLUMNS, 'name');
      let under;
      if (query.under) {
        const node = await findVisibleAsset(db, scope, query.under);
        // Below an asset the caller cannot see there is nothing for them.
        if (!node) return { items: [], nextCursor: null };
        under = { rootId: node.root_id, path: node.path };
      }
      const page = await listVisibleAssets(db, scope, { ...query, under }, { sort, cursor: query.cursor, limit: query.limit });
      const items = page.rows.map((row) => toAsset(row, scope.principal));
      if (!query.childCounts) return { items, nextCursor: page.nextCursor };
      const counts = await countVisibleChildren(db, scope, page.rows.map((row) => row.id));
      return { items: items.map((asset) => ({ ...asset, childCount: counts.get(asset.id) ?? 0 })), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toAsset(await getVisible(scope, id), scope.principal);
    },

    /** Service and calibration history: work orders of the asset and of everything under it, newest first. */
    async history(scope: AccessScope, id: string, query: Omit<PageQuery, 'sort'>) {
      const asset = await getVisible(scope, id);
      const sort = parseSort('-createdAt', { createdAt: 'created_at' }, '-createdAt');
      return workOrders.listPage(scope, { underAsset: { rootId: asset.root_id, path: asset.path } }, { sort, cursor: query.cursor, limit: query.limit });
    },

    /**
     * Staff by role; portal users ("live site devices") with manage-devices, on writable sites of their
     * customers, never setting staff-only fields, and only where they still see the device afterwards.
     */
    async create(scope: AccessScope, input: AssetInput, facts: Facts) {
      assertMayManageDevices(scope);
      assertNoStaffOnlyFields(scope, input, STAFF_ONLY_ASSET_FIELDS);
      const customFields = serializeCustomFields(input.customFields ?? {});
      const id = newId();
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        await assertCustomerReference(trx, scope, input.customerId);
        if (input.parentId) await lockTree(trx, 'assets', input.customerId);
        const path = childPath(await parentPath(trx, scope, input.parentId, input.customerId), id);
        await assertSiteReference(trx, scope, input.siteId, input.customerId);
        await assertProjectReference(trx, scope, input.projectId, input.customerId);
        assertMayManageDevice(scope, { customerId: input.customerId, siteId: input.siteId ?? null });
        const created: AssetRow = {
          id,
          customer_id: input.customerId,
          site_id: input.siteId ?? null,
          parent_id: input.parentId ?? null,
          root_id: rootIdOf(path),
          path,
          depth: depthOf(path),
          project_id: input.projectId ?? null,
          name: input.name,
          category: input.category ?? null,
          serial_number: input.serialNumber ?? null,
          manufacturer: input.manufacturer ?? null,
          model: input.model ?? null,
          status: input.status ?? 'active',
          next_due_date: input.nextDueDate ?? null,
          last_service_date: input.lastServiceDate ?? null,
          custom_fields: customFields,
          internal_notes: input.internalNotes ?? null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertAsset(trx, created);
        await assertStillVisible(scope, () => findVisibleAsset(trx, scope, id));
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'asset',
          resourceId: id,
          customerId: input.customerId,
          after: toAsset(created, scope.principal),
        });
        return created;
      });
      return toAsset(row, scope.principal);
    },

    async update(scope: AccessScope, id: string, patch: AssetPatch, facts: Facts) {
      const before = await getVisible(scope, id);
      assertMayManageDevice(scope, { customerId: before.customer_id, siteId: before.site_id });
      assertNoStaffOnlyFields(scope, patch, STAFF_ONLY_ASSET_FIELDS);
      const customFields = patch.customFields ? serializeCustomFields(patch.customFields) : before.custom_fields;
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        const customerId = before.customer_id;
        let path = before.path;
        if (patch.parentId !== undefined && patch.parentId !== before.parent_id) {
          await lockTree(trx, 'assets', customerId);
          const oldPath = await currentPathOf(trx, 'assets', id);
          const newParentPath = await parentPath(trx, scope, patch.parentId, customerId);
          if (wouldCreateCycle(id, newParentPath)) {
            throw new UnprocessableError('An asset cannot be placed under itself or one of its own sub-assets.', 'cycle');
          }
          path = childPath(newParentPath, id);
          await moveSubtree(trx, 'assets', oldPath, path);
          await updateRootAssetOfRecordsUnder(trx, { rootId: rootIdOf(path), path });
        }
        if (patch.siteId) await assertSiteReference(trx, scope, patch.siteId, customerId);
        if (patch.projectId) await assertProjectReference(trx, scope, patch.projectId, customerId);
        // Moving a device to another site needs write access there too.
        if (patch.siteId !== undefined && patch.siteId !== before.site_id) assertMayManageDevice(scope, { customerId, siteId: patch.siteId });
        const keep = <K extends keyof AssetPatch, C extends keyof AssetRow>(key: K, column: C) =>
          (patch[key] === undefined ? before[column] : patch[key]) as AssetRow[C];
        const after: AssetRow = {
          ...before,
          site_id: keep('siteId', 'site_id'),
          parent_id: keep('parentId', 'parent_id'),
          root_id: rootIdOf(path),
          path,
          depth: depthOf(path),
          project_id: keep('projectId', 'project_id'),
          name: keep('name', 'name'),
          category: keep('category', 'category'),
          serial_number: keep('serialNumber', 'serial_number'),
          manufacturer: keep('manufacturer', 'manufacturer'),
          model: keep('model', 'model'),
          status: keep('status', 'status'),
          next_due_date: keep('nextDueDate', 'next_due_date'),
          last_service_date: keep('lastServiceDate', 'last_service_date'),
          custom_fields: customFields,
          internal_notes: keep('internalNotes', 'internal_notes'),
          updated_at: now,
        };
        // The tree columns are moveSubtree's alone: writing them back from `before` could undo a concurrent move of an ancestor.
        const { id: _id, path: _path, root_id: _root, depth: _depth, ...changes } = after;
        await updateAssetRow(trx, id, changes);
        await assertStillVisible(scope, () => findVisibleAsset(trx, scope, id));
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'asset',
          resourceId: id,
          customerId,
          before: toAsset(before, scope.principal),
          after: toAsset(after, scope.principal),
        });
        return after;
      });
      return toAsset(row, scope.principal);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertMayManageDevice(scope, { customerId: before.customer_id, siteId: before.site_id });
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateAssetRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'asset',
          resourceId: id,
          customerId: before.customer_id,
          before: toAsset(before, scope.principal),
        });
      });
    },
  };
}
