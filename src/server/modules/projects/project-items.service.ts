import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { toDevice, toPart, toReport, type PartInput, type PartPatch, type ReportInput } from './project-items.mapping.js';
import {
  deletePartRow,
  findPart,
  insertPart,
  insertReport,
  listParts,
  listProjectDevices,
  listReports,
  updatePartRow,
  type PartRow,
  type ReportRow,
} from './project-items.repository.js';
import { findVisibleProject } from './projects.repository.js';

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
type PageQuery = { q?: string; sort?: string; cursor?: string; limit?: number };

const PART_SORT = { createdAt: 'created_at', description: caseless('description') };
const REPORT_SORT = { reportDate: 'report_date', createdAt: 'created_at' };
const DEVICE_SORT = { name: caseless('name'), createdAt: 'created_at' };
export const PART_SORT_FIELDS = Object.keys(PART_SORT);
export const REPORT_SORT_FIELDS = Object.keys(REPORT_SORT);
export const DEVICE_SORT_FIELDS = Object.keys(DEVICE_SORT);

export type ProjectItemsService = ReturnType<typeof createProjectItemsService>;

/** Parts list, reports and devices: everything is reached through the visible project. */
export function createProjectItemsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getProject(scope: AccessScope, id: string) {
    const project = await findVisibleProject(db, scope, id);
    if (!project) throw new NotFoundError('Project not found.');
    return project;
  }

  async function getPart(projectId: string, partId: string): Promise<PartRow> {
    const part = await findPart(db, projectId, partId);
    if (!part) throw new NotFoundError('Part not found.');
    return part;
  }

  return {
    async listParts(scope: AccessScope, projectId: string, query: PageQuery) {
      await getProject(scope, projectId);
      const sort = parseSort(query.sort, PART_SORT, 'createdAt');
      const page = await listParts(db, projectId, { q: query.q }, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toPart), nextCursor: page.nextCursor };
    },

    async createPart(scope: AccessScope, projectId: string, input: PartInput, facts: Facts) {
      const project = await getProject(scope, projectId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const row: PartRow = {
        id: newId(),
        project_id: project.id,
        customer_id: project.customer_id,
        part_number: input.partNumber ?? null,
        description: input.description,
        quantity: input.quantity,
        status: input.status ?? 'planned',
        created_at: now,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await insertPart(trx, row);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'project_part',
          resourceId: row.id,
          customerId: row.customer_id,
          after: toPart(row),
        });
      });
      return toPart(row);
    },

    async updatePart(scope: AccessScope, projectId: string, partId: string, patch: PartPatch, facts: Facts) {
      await getProject(scope, projectId);
      const before = await getPart(projectId, partId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const after: PartRow = {
        ...before,
        part_number: patch.partNumber === undefined ? before.part_number : patch.partNumber,
        description: patch.description ?? before.description,
        quantity: patch.quantity ?? before.quantity,
        status: patch.status ?? before.status,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        const { id: _id, project_id: _project, customer_id: _customer, ...changes } = after;
        await updatePartRow(trx, partId, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'project_part',
          resourceId: partId,
          customerId: before.customer_id,
          before: toPart(before),
          after: toPart(after),
        });
      });
      return toPart(after);
    },

    async deletePart(scope: AccessScope, projectId: string, partId: string, facts: Facts) {
      await getProject(scope, projectId);
      const before = await getPart(projectId, partId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await deletePartRow(trx, partId);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'delete',
          resourceType: 'project_part',
          resourceId: partId,
          customerId: before.customer_id,
          before: toPart(before),
        });
      });
    },

    async listReports(scope: AccessScope, projectId: string, query: PageQuery) {
      await getProject(scope, projectId);
      const sort = parseSort(query.sort, REPORT_SORT, '-reportDate');
      const page = await listReports(db, projectId, { q: query.q }, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toReport), nextCursor: page.nextCursor };
    },

    async createReport(scope: AccessScope, projectId: string, input: ReportInput, facts: Facts) {
      const project = await getProject(scope, projectId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const row: ReportRow = {
        id: newId(),
        project_id: project.id,
        customer_id: project.customer_id,
        title: input.title,
        summary: input.summary ?? null,
        report_date: input.reportDate ?? now.slice(0, 10),
        created_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await insertReport(trx, row);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'project_report',
          resourceId: row.id,
          customerId: row.customer_id,
          after: toReport(row),
        });
      });
      return toReport(row);
    },

    async listDevices(scope: AccessScope, projectId: string, query: PageQuery & { includeArchived?: boolean }) {
      await getProject(scope, projectId);
      const sort = parseSort(query.sort, DEVICE_SORT, 'name');
      const filters = { q: query.q, includeArchived: query.includeArchived };
      const page = await listProjectDevices(db, scope, projectId, filters, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toDevice), nextCursor: page.nextCursor };
    },
  };
}
