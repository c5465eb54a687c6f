import type { Reader } from '../flags/flags.repository.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { nextNumber } from '../../db/sequences.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { flagsOfRecords } from '../flags/flags.repository.js';
import { projectFields, toProject, type ProjectInput, type ProjectPatch } from './projects.mapping.js';
import {
  findVisibleProject,
  insertProject,
  listVisibleProjects,
  progressOfProjects,
  updateProjectRow,
  type ProjectListFilters,
  type ProjectRow,
} from './projects.repository.js';
import { assertCustomerReference, assertSiteReference } from '../access/record-references.js';

const SORT_COLUMNS = { name: caseless('name'), createdAt: 'created_at', number: 'number' };
export const PROJECT_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type ProjectListQuery = ProjectListFilters & { sort?: string; cursor?: string; limit?: number };

function assertDateOrder(startDate: string | null, dueDate: string | null): void {
  if (startDate && dueDate && dueDate < startDate) {
    throw new UnprocessableError('dueDate: must not be before startDate.', 'invalid_dates', { field: 'dueDate' });
  }
}

export type ProjectsService = ReturnType<typeof createProjectsService>;

export function createProjectsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<ProjectRow> {
    const row = await findVisibleProject(db, scope, id);
    if (!row) throw new NotFoundError('Project not found.');
    return row;
  }

  /** Progress and flags for a whole page: two queries, whatever the page size. */
  async function present(rows: ProjectRow[], reader: Reader) {
    const viewer = reader.principal;
    const ids = rows.map((row) => row.id);
    const [progress, flags] = await Promise.all([progressOfProjects(db, ids), flagsOfRecords(db, reader, 'project', ids)]);
    return rows.map((row) => toProject(row, viewer, { progress: progress.get(row.id) ?? 0, flags: flags.get(row.id) ?? [] }));
  }

  async function presentOne(row: ProjectRow, reader: Reader) {
    return (await present([row], reader))[0]!;
  }

  return {
    async list(scope: AccessScope, query: ProjectListQuery) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'name');
      const page = await listVisibleProjects(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: await present(page.rows, scope), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return presentOne(await getVisible(scope, id), scope);
    },

    async create(scope: AccessScope, input: ProjectInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_records');
      await assertCustomerReference(db, scope, input.customerId);
      await assertSiteReference(db, scope, input.siteId, input.customerId);
      assertDateOrder(input.startDate ?? null, input.dueDate ?? null);
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        const created: ProjectRow = {
          id: newId(),
          customer_id: input.customerId,
          site_id: input.siteId ?? null,
          number: await nextNumber(trx, 'project', 'P'),
          name: input.name,
          description: input.description ?? null,
          kind: input.kind ?? 'installation',
          status: input.status ?? 'planned',
          start_date: input.startDate ?? null,
          due_date: input.dueDate ?? null,
          internal_notes: input.internalNotes ?? null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertProject(trx, created);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'project',
          resourceId: created.id,
          customerId: created.customer_id,
          after: projectFields(created, scope.principal),
        });
        return created;
      });
      return presentOne(row, scope);
    },

    async update(scope: AccessScope, id: string, patch: ProjectPatch, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_records');
      if (patch.siteId !== undefined && patch.siteId !== before.site_id) await assertSiteReference(db, scope, patch.siteId, before.customer_id);
      const now = clock().toISOString();
      const after: ProjectRow = {
        ...before,
        site_id: patch.siteId === undefined ? before.site_id : patch.siteId,
        name: patch.name ?? before.name,
        description: patch.description === undefined ? before.description : patch.description,
        kind: patch.kind ?? before.kind,
        status: patch.status ?? before.status,
        start_date: patch.startDate === undefined ? before.start_date : patch.startDate,
        due_date: patch.dueDate === undefined ? before.due_date : patch.dueDate,
        internal_notes: patch.internalNotes === undefined ? before.internal_notes : patch.internalNotes,
        updated_at: now,
      };
      assertDateOrder(after.start_date, after.due_date);
      await db.transaction().execute(async (trx) => {
        const { id: _id, customer_id: _customer, number: _number, ...changes } = after;
        await updateProjectRow(trx, id, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'project',
          resourceId: id,
          customerId: before.customer_id,
          before: projectFields(before, scope.principal),
          after: projectFields(after, scope.principal),
        });
      });
      return presentOne(after, scope);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_records');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateProjectRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'project',
          resourceId: id,
          customerId: before.customer_id,
          before: projectFields(before, scope.principal),
        });
      });
    },
  };
}
