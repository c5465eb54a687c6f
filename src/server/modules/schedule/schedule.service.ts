import { occurrencesBetween } from './schedule-occurrences.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { parseSort } from '../../http/list-query.js';
import { NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { assertAssetsOfCustomer, assertSiteReference, assertCustomerReference } from '../access/record-references.js';
import { assertAssignableScheduleUsers } from './schedule-assignees.js';
import { toScheduleEntry, type ScheduleEntryInput, type ScheduleEntryPatch, type ScheduleLinks } from './schedule.mapping.js';
import {
  findVisibleScheduleEntry,
  insertScheduleEntry,
  listVisibleEntriesForWindow,
  listVisibleScheduleEntries,
  loadScheduleLinks,
  replaceScheduleAssets,
  replaceScheduleAssignees,
  updateScheduleEntryRow,
  type ScheduleEntryRow,
  type ScheduleListFilters,
} from './schedule.repository.js';

const SORT_COLUMNS = { startsAt: 'starts_at', createdAt: 'created_at' };
export const SCHEDULE_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type ScheduleService = ReturnType<typeof createScheduleService>;

/** One UTC form for every stored instant, so text comparison on SQLite orders them like PostgreSQL does. */
function instant(value: string): string {
  return new Date(value).toISOString();
}

function assertTimeRange(startsAt: string, endsAt: string | null) {
  if (endsAt !== null && endsAt <= startsAt) {
    throw new UnprocessableError('endsAt: must be after startsAt.', 'invalid_time_range', { field: 'endsAt' });
  }
}

const added = (ids: readonly string[] | undefined, current: readonly string[]) => (ids ?? []).filter((id) => !current.includes(id));

/** A calendar asks for a year at most; the answer stays small enough to send in one piece. */
const MAX_WINDOW_DAYS = 366;
const MAX_OCCURRENCES = 1000;
const MAX_ENTRIES = 2000;

export function createScheduleService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<{ row: ScheduleEntryRow; links: ScheduleLinks }> {
    const row = await findVisibleScheduleEntry(db, scope, id);
    if (!row) throw new NotFoundError('Schedule entry not found.');
    const links = (await loadScheduleLinks(db, scope, [id])).get(id)!;
    return { row, links };
  }

  return {
    async list(scope: AccessScope, query: ScheduleListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'startsAt');
      const filters = { ...query, from: query.from && instant(query.from), to: query.to && instant(query.to) };
      const page = await listVisibleScheduleEntries(db, scope, filters, { sort, cursor: query.cursor, limit: query.limit });
      const links = await loadScheduleLinks(db, scope, page.rows.map((r) => r.id));
      return { items: page.rows.map((row) => toScheduleEntry(row, links.get(row.id)!)), nextCursor: page.nextCursor };
    },

    /** Every visit and every round of a series in [from, to), earliest first: what a calendar shows. */
    async occurrences(scope: AccessScope, query: Pick<ScheduleListFilters, 'customerId' | 'siteId' | 'assigneeId'> & { from: string; to: string }) {
      const from = new Date(instant(query.from));
      const to = new Date(instant(query.to));
      if (to <= from) throw new UnprocessableError('to: must be after from.', 'invalid_time_range', { field: 'to' });
      if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
        throw new UnprocessableError(`to: the window may span at most ${MAX_WINDOW_DAYS} days.`, 'invalid_time_range', { field: 'to' });
      }
      const rows = await listVisibleEntriesForWindow(db, scope, { ...query, from: from.toISOString(), to: to.toISOString() }, MAX_ENTRIES + 1);
      let truncated = rows.length > MAX_ENTRIES;
      const expanded = rows
        .slice(0, MAX_ENTRIES)
        .flatMap((row) => occurrencesBetween(row, from, to, MAX_OCCURRENCES + 1).map((occurrence) => ({ row, ...occurrence })))
        .sort((a, b) => (a.startsAt === b.startsAt ? (a.row.id < b.row.id ? -1 : 1) : a.startsAt < b.startsAt ? -1 : 1));
      if (expanded.length > MAX_OCCURRENCES) truncated = true;
      const kept = expanded.slice(0, MAX_OCCURRENCES);
      const links = await loadScheduleLinks(db, scope, [...new Set(kept.map((o) => o.row.id))]);
      return {
        items: kept.map(({ row, startsAt, endsAt }) => ({ ...toScheduleEntry(row, links.get(row.id)!), startsAt, endsAt })),
        truncated,
      };
    },

    async get(scope: AccessScope, id: string) {
      const { row, links } = await getVisible(scope, id);
      return toScheduleEntry(row, links);
    },

    async create(scope: AccessScope, input: ScheduleEntryInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_records');
      const startsAt = instant(input.startsAt);
      const endsAt = input.endsAt ? instant(input.endsAt) : null;
      assertTimeRange(startsAt, endsAt);
      await assertCustomerReference(db, scope, input.customerId);
      if (input.siteId) await assertSiteReference(db, scope, input.siteId, input.customerId);
      const links: ScheduleLinks = { assetIds: input.assetIds ?? [], assigneeIds: input.assigneeIds ?? [] };
      await assertAssetsOfCustomer(db, scope, links.assetIds, input.customerId);
      await assertAssignableScheduleUsers(db, input.customerId, links.assigneeIds);
      const now = clock().toISOString();
      const row: ScheduleEntryRow = {
        id: newId(),
        customer_id: input.customerId,
        site_id: input.siteId ?? null,
        title: input.title,
        kind: input.kind ?? 'visit',
        starts_at: startsAt,
        ends_at: endsAt,
        recurrence: input.recurrence ?? null,
        notes: input.notes ?? null,
        created_at: now,
        updated_at: now,
        archived_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await insertScheduleEntry(trx, row);
        await replaceScheduleAssets(trx, row.id, links.assetIds);
        await replaceScheduleAssignees(trx, row.id, links.assigneeIds);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'schedule_entry',
          resourceId: row.id,
          customerId: row.customer_id,
          after: toScheduleEntry(row, links),
        });
      });
      return toScheduleEntry(row, links);
    },

    async update(scope: AccessScope, id: string, patch: ScheduleEntryPatch, facts: Facts) {
      const { row: before, links: beforeLinks } = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_records');
      const customerId = before.customer_id;
      const startsAt = patch.startsAt ? instant(patch.startsAt) : before.starts_at;
      const endsAt = patch.endsAt === undefined ? before.ends_at : patch.endsAt && instant(patch.endsAt);
      assertTimeRange(startsAt, endsAt);
      if (patch.siteId && patch.siteId !== before.site_id) await assertSiteReference(db, scope, patch.siteId, customerId);
      // Links already in place stay valid even if an asset was archived or a user disabled since.
      await assertAssetsOfCustomer(db, scope, added(patch.assetIds, beforeLinks.assetIds), customerId);
      await assertAssignableScheduleUsers(db, customerId, added(patch.assigneeIds, beforeLinks.assigneeIds));
      const now = clock().toISOString();
      const after: ScheduleEntryRow = {
        ...before,
        site_id: patch.siteId === undefined ? before.site_id : patch.siteId,
        title: patch.title ?? before.title,
        kind: patch.kind ?? before.kind,
        starts_at: startsAt,
        ends_at: endsAt,
        recurrence: patch.recurrence === undefined ? before.recurrence : patch.recurrence,
        notes: patch.notes === undefined ? before.notes : patch.notes,
        updated_at: now,
      };
      const links: ScheduleLinks = {
        assetIds: patch.assetIds ?? beforeLinks.assetIds,
        assigneeIds: patch.assigneeIds ?? beforeLinks.assigneeIds,
      };
      await db.transaction().execute(async (trx) => {
        const { id: _id, customer_id: _customer, created_at: _created, ...changes } = after;
        await updateScheduleEntryRow(trx, id, changes);
        if (patch.assetIds) await replaceScheduleAssets(trx, id, patch.assetIds);
        if (patch.assigneeIds) await replaceScheduleAssignees(trx, id, patch.assigneeIds);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'schedule_entry',
          resourceId: id,
          customerId,
          before: toScheduleEntry(before, beforeLinks),
          after: toScheduleEntry(after, links),
        });
      });
      return toScheduleEntry(after, links);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const { row: before, links } = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_records');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateScheduleEntryRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'schedule_entry',
          resourceId: id,
          customerId: before.customer_id,
          before: toScheduleEntry(before, links),
        });
      });
    },
  };
}
