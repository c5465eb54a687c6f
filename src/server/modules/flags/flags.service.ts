import { storedNameTranslations } from '../i18n/name-translations.js';
import type { AppContext, DbExecutor } from '../../context.js';
import type { FlaggableType } from '../../db/back-office-tables.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { BadRequestError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { toFlag, type AssignmentInput, type FlagInput, type FlagPatch } from './flags.mapping.js';
import {
  deleteAssignment,
  findAssignment,
  findFlag,
  findVisibleFlaggable,
  insertAssignment,
  insertFlag,
  listFlags,
  updateFlagRow,
  type FlagRow,
} from './flags.repository.js';

const SORT_COLUMNS = { name: caseless('name'), createdAt: 'created_at' };
export const FLAG_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

export interface FlagListQuery {
  q?: string;
  includeArchived?: boolean;
  resourceType?: FlaggableType;
  resourceId?: string;
  sort?: string;
  cursor?: string;
  limit?: number;
}

export type FlagsService = ReturnType<typeof createFlagsService>;

export function createFlagsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<FlagRow> {
    const row = await findFlag(db, scope.principal, id);
    if (!row) throw new NotFoundError('Flag not found.');
    return row;
  }

  async function getVisibleRecord(scope: AccessScope, resourceType: FlaggableType, resourceId: string) {
    const record = await findVisibleFlaggable(db, scope, resourceType, resourceId);
    if (!record) throw new NotFoundError('Record not found.');
    return record;
  }

  /** Assignments are changes of the flagged record, so they are audited on that record. */
  async function auditAssignment(trx: DbExecutor, scope: AccessScope, facts: Facts, action: 'flag_added' | 'flag_removed', flag: FlagRow, type: FlaggableType, record: { id: string; customer_id: string }) {
    await recordAuditEvent(trx, {
      occurredAt: clock().toISOString(),
      actorUserId: scope.principal.userId,
      action: `${type}.${action}`,
      customerId: record.customer_id,
      resourceType: type,
      resourceId: record.id,
      details: { flagId: flag.id, flagName: flag.name },
      ip: facts.ip ?? null,
      requestId: facts.requestId ?? null,
    });
  }

  return {
    async list(scope: AccessScope, query: FlagListQuery) {
      if ((query.resourceType === undefined) !== (query.resourceId === undefined)) {
        throw new BadRequestError('resourceType and resourceId must be given together.');
      }
      let on: { resourceType: FlaggableType; resourceId: string } | undefined;
      if (query.resourceType && query.resourceId) {
        await getVisibleRecord(scope, query.resourceType, query.resourceId);
        on = { resourceType: query.resourceType, resourceId: query.resourceId };
      }
      const sort = parseSort(query.sort, SORT_COLUMNS, 'name');
      const page = await listFlags(db, scope.principal, { q: query.q, includeArchived: query.includeArchived, on }, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toFlag), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toFlag(await getVisible(scope, id));
    },

    async create(scope: AccessScope, input: FlagInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_settings');
      const now = clock().toISOString();
      const row: FlagRow = {
        id: newId(),
        name: input.name,
        name_translations: storedNameTranslations(input.nameTranslations),
        color: input.color.toLowerCase(),
        customer_visible: input.customerVisible ? 1 : 0,
        created_at: now,
        updated_at: now,
        archived_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await insertFlag(trx, row);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, { action: 'create', resourceType: 'flag', resourceId: row.id, after: toFlag(row) });
      });
      return toFlag(row);
    },

    async update(scope: AccessScope, id: string, patch: FlagPatch, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_settings');
      const now = clock().toISOString();
      const after: FlagRow = {
        ...before,
        name: patch.name ?? before.name,
        name_translations: patch.nameTranslations ? storedNameTranslations(patch.nameTranslations) : before.name_translations,
        color: patch.color?.toLowerCase() ?? before.color,
        customer_visible: patch.customerVisible === undefined ? before.customer_visible : patch.customerVisible ? 1 : 0,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        const { id: _id, ...changes } = after;
        await updateFlagRow(trx, id, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'flag',
          resourceId: id,
          before: toFlag(before),
          after: toFlag(after),
        });
      });
      return toFlag(after);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_settings');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateFlagRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, { action: 'archive', resourceType: 'flag', resourceId: id, before: toFlag(before) });
      });
    },

    /** Idempotent: assigning a flag the record already carries answers with the existing assignment. */
    async assign(scope: AccessScope, flagId: string, input: AssignmentInput, facts: Facts) {
      const flag = await getVisible(scope, flagId);
      const record = await getVisibleRecord(scope, input.resourceType, input.resourceId);
      assertStaffMay(scope.principal, 'manage_records');
      if (flag.archived_at) throw new UnprocessableError('This flag is archived and can no longer be assigned.', 'flag_archived');
      const assignment = await db.transaction().execute(async (trx) => {
        const now = clock().toISOString();
        const row = { flag_id: flag.id, resource_type: input.resourceType, resource_id: record.id, customer_id: record.customer_id, created_at: now };
        if (await insertAssignment(trx, row)) await auditAssignment(trx, scope, facts, 'flag_added', flag, input.resourceType, record);
        return (await findAssignment(trx, flag.id, input.resourceType, record.id)) ?? row;
      });
      return { flagId: assignment.flag_id, resourceType: assignment.resource_type, resourceId: assignment.resource_id, createdAt: assignment.created_at };
    },

    async unassign(scope: AccessScope, flagId: string, resourceType: FlaggableType, resourceId: string, facts: Facts) {
      const flag = await getVisible(scope, flagId);
      const record = await getVisibleRecord(scope, resourceType, resourceId);
      assertStaffMay(scope.principal, 'manage_records');
      await db.transaction().execute(async (trx) => {
        if (await deleteAssignment(trx, flag.id, resourceType, record.id)) await auditAssignment(trx, scope, facts, 'flag_removed', flag, resourceType, record);
      });
    },
  };
}
