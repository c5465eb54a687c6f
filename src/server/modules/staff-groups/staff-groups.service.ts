import type { AppContext, DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { ForbiddenError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { findVisibleActiveStaffIds } from '../users/users.repository.js';
import { toStaffGroup, type StaffGroupInput, type StaffGroupPatch } from './staff-groups.mapping.js';
import {
  findStaffGroup,
  insertStaffGroup,
  listStaffGroups,
  memberIdsOfGroups,
  replaceMembers,
  updateStaffGroupRow,
  type StaffGroupListFilters,
  type StaffGroupRow,
} from './staff-groups.repository.js';

const SORT_COLUMNS = { name: caseless('name'), createdAt: 'created_at' };
export const STAFF_GROUP_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

/**
 * Staff groups are back-office configuration: all staff read them, admins change them. Portal users reach
 * groups only through the recipients their access configuration names, never through this API.
 */
function assertStaff(scope: AccessScope): void {
  if (scope.principal.kind !== 'staff') throw new ForbiddenError();
}

export type StaffGroupsService = ReturnType<typeof createStaffGroupsService>;

export function createStaffGroupsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getGroup(executor: DbExecutor, id: string): Promise<StaffGroupRow> {
    const row = await findStaffGroup(executor, id);
    if (!row) throw new NotFoundError('Staff group not found.');
    return row;
  }

  async function membersOf(executor: DbExecutor, scope: AccessScope, id: string): Promise<string[]> {
    return (await memberIdsOfGroups(executor, scope, [id])).get(id) ?? [];
  }

  async function assertActiveStaff(executor: DbExecutor, scope: AccessScope, memberIds: readonly string[]) {
    const found = await findVisibleActiveStaffIds(executor, scope, memberIds);
    if (found.length !== memberIds.length) {
      const invalid = memberIds.filter((id) => !found.includes(id));
      throw new UnprocessableError('memberIds: members must be active staff users.', 'invalid_reference', { field: 'memberIds', ids: invalid });
    }
  }

  return {
    async list(scope: AccessScope, query: StaffGroupListFilters & { sort?: string; cursor?: string; limit?: number }) {
      assertStaff(scope);
      const sort = parseSort(query.sort, SORT_COLUMNS, 'name');
      const page = await listStaffGroups(db, query, { sort, cursor: query.cursor, limit: query.limit });
      const members = await memberIdsOfGroups(db, scope, page.rows.map((row) => row.id));
      return { items: page.rows.map((row) => toStaffGroup(row, members.get(row.id) ?? [])), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      assertStaff(scope);
      return toStaffGroup(await getGroup(db, id), await membersOf(db, scope, id));
    },

    async create(scope: AccessScope, input: StaffGroupInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_users');
      const id = newId();
      const now = clock().toISOString();
      const memberIds = input.memberIds ?? [];
      return db.transaction().execute(async (trx) => {
        await assertActiveStaff(trx, scope, memberIds);
        const created: StaffGroupRow = { id, name: input.name, created_at: now, updated_at: now, archived_at: null };
        await insertStaffGroup(trx, created);
        await replaceMembers(trx, id, memberIds);
        const group = toStaffGroup(created, await membersOf(trx, scope, id));
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'staff_group',
          resourceId: id,
          after: group,
        });
        return group;
      });
    },

    async update(scope: AccessScope, id: string, patch: StaffGroupPatch, facts: Facts) {
      assertStaff(scope);
      await getGroup(db, id);
      assertStaffMay(scope.principal, 'manage_users');
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        const before = await getGroup(trx, id);
        const beforeGroup = toStaffGroup(before, await membersOf(trx, scope, id));
        if (patch.memberIds !== undefined) {
          await assertActiveStaff(trx, scope, patch.memberIds);
          await replaceMembers(trx, id, patch.memberIds);
        }
        const after: StaffGroupRow = { ...before, name: patch.name ?? before.name, updated_at: now };
        await updateStaffGroupRow(trx, id, { name: after.name, updated_at: now });
        const afterGroup = toStaffGroup(after, await membersOf(trx, scope, id));
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'staff_group',
          resourceId: id,
          before: beforeGroup,
          after: afterGroup,
        });
        return afterGroup;
      });
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      assertStaff(scope);
      const before = await getGroup(db, id);
      assertStaffMay(scope.principal, 'manage_users');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateStaffGroupRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'staff_group',
          resourceId: id,
          before: toStaffGroup(before, await membersOf(trx, scope, id)),
        });
      });
    },
  };
}
