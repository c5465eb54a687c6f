import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { StaffGroupsTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';

export type StaffGroupRow = Selectable<StaffGroupsTable>;

export interface StaffGroupListFilters {
  q?: string | undefined;
  memberId?: string | undefined;
  includeArchived?: boolean | undefined;
}

export async function listStaffGroups(
  db: DbExecutor,
  filters: StaffGroupListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<StaffGroupRow>> {
  let query = db.selectFrom('staff_groups').selectAll('staff_groups');
  if (!filters.includeArchived) query = query.where('staff_groups.archived_at', 'is', null);
  if (filters.memberId) {
    const memberId = filters.memberId;
    query = query.where('staff_groups.id', 'in', (eb) =>
      eb.selectFrom('staff_group_members').select('staff_group_members.group_id').where('staff_group_members.user_id', '=', memberId),
    );
  }
  if (filters.q) query = query.where(matchesText(filters.q, ['staff_groups.name']));
  return fetchPage(query, { table: 'staff_groups', ...page });
}

export async function findStaffGroup(db: DbExecutor, id: string): Promise<StaffGroupRow | undefined> {
  return db.selectFrom('staff_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Member ids of a page of groups in one query, each list ordered by display name; users go through the scope. */
export async function memberIdsOfGroups(db: DbExecutor, scope: AccessScope, groupIds: readonly string[]): Promise<Map<string, string[]>> {
  const byGroup = new Map<string, string[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = await db
    .selectFrom('staff_group_members')
    .innerJoin('users', 'users.id', 'staff_group_members.user_id')
    .select(['staff_group_members.group_id', 'staff_group_members.user_id'])
    .where('staff_group_members.group_id', 'in', groupIds)
    .where(scope.visible('users'))
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  for (const row of rows) byGroup.get(row.group_id)?.push(row.user_id);
  return byGroup;
}

export async function insertStaffGroup(db: DbExecutor, row: Insertable<StaffGroupsTable>): Promise<void> {
  await db.insertInto('staff_groups').values(row).execute();
}

export async function updateStaffGroupRow(db: DbExecutor, id: string, changes: Updateable<StaffGroupsTable>): Promise<void> {
  await db.updateTable('staff_groups').set(changes).where('id', '=', id).execute();
}

export async function replaceMembers(db: DbExecutor, groupId: string, userIds: readonly string[]): Promise<void> {
  await db.deleteFrom('staff_group_members').where('group_id', '=', groupId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('staff_group_members')
    .values(userIds.map((userId) => ({ group_id: groupId, user_id: userId })))
    .execute();
}
