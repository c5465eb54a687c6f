import { storedNameTranslations } from '../i18n/name-translations.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { ConflictError, NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { toFileType, type FileTypeInput, type FileTypePatch } from './file-types.mapping.js';
import {
  fileTypeNameTaken,
  findFileType,
  insertFileType,
  listFileTypes,
  updateFileTypeRow,
  type FileTypeListFilters,
  type FileTypeRow,
} from './file-types.repository.js';

const SORT_COLUMNS = { name: caseless('name'), createdAt: 'created_at' };
export const FILE_TYPE_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

export type FileTypesService = ReturnType<typeof createFileTypesService>;

export function createFileTypesService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<FileTypeRow> {
    const row = await findFileType(db, scope.principal, id);
    if (!row) throw new NotFoundError('File type not found.');
    return row;
  }

  return {
    async list(scope: AccessScope, query: FileTypeListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'name');
      const page = await listFileTypes(db, scope.principal, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toFileType), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toFileType(await getVisible(scope, id));
    },

    async create(scope: AccessScope, input: FileTypeInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_settings');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (await fileTypeNameTaken(trx, input.name)) throw new ConflictError(`A file type named "${input.name}" already exists.`);
        const created: FileTypeRow = {
          id: newId(),
          name: input.name,
          name_translations: storedNameTranslations(input.nameTranslations),
          customer_visible: input.customerVisible ? 1 : 0,
          purpose: null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertFileType(trx, created);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'file_type',
          resourceId: created.id,
          after: toFileType(created),
        });
        return created;
      });
      return toFileType(row);
    },

    async update(scope: AccessScope, id: string, patch: FileTypePatch, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_settings');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (patch.name && (await fileTypeNameTaken(trx, patch.name, id))) {
          throw new ConflictError(`A file type named "${patch.name}" already exists.`);
        }
        const after: FileTypeRow = {
          ...before,
          name: patch.name ?? before.name,
          name_translations: patch.nameTranslations ? storedNameTranslations(patch.nameTranslations) : before.name_translations,
          customer_visible: patch.customerVisible === undefined ? before.customer_visible : patch.customerVisible ? 1 : 0,
          updated_at: now,
        };
        await updateFileTypeRow(trx, id, { name: after.name, name_translations: after.name_translations, customer_visible: after.customer_visible, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'file_type',
          resourceId: id,
          before: toFileType(before),
          after: toFileType(after),
        });
        return after;
      });
      return toFileType(row);
    },

    /** Archiving keeps the files of that type; new uploads can no longer choose it. */
    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_settings');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateFileTypeRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'file_type',
          resourceId: id,
          before: toFileType(before),
        });
      });
    },
  };
}
