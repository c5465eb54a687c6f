import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { parseSort } from '../../http/list-query.js';
import { NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { toDocument, toDocumentSummary, type DocumentInput, type DocumentPatch } from './documents.mapping.js';
import {
  findVisibleDocument,
  insertDocument,
  listVisibleDocuments,
  updateDocumentRow,
  type DocumentListFilters,
  type DocumentRow,
} from './documents.repository.js';

const SORT_COLUMNS = { title: 'title', createdAt: 'created_at', updatedAt: 'updated_at' };
export const DOCUMENT_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type DocumentsService = ReturnType<typeof createDocumentsService>;

export function createDocumentsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  /**
   * Documents are internal by definition (SPEC §2.5): on top of the access policy, a portal caller is
   * answered as if there were none, so no future grant or policy change can expose them.
   */
  const internalOnly = (scope: AccessScope) => scope.principal.kind === 'staff';

  async function getVisible(scope: AccessScope, id: string): Promise<DocumentRow> {
    const row = internalOnly(scope) ? await findVisibleDocument(db, scope, id) : undefined;
    if (!row) throw new NotFoundError('Document not found.');
    return row;
  }

  return {
    async list(scope: AccessScope, query: DocumentListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'title');
      if (!internalOnly(scope)) return { items: [], nextCursor: null };
      const page = await listVisibleDocuments(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toDocumentSummary), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toDocument(await getVisible(scope, id));
    },

    async create(scope: AccessScope, input: DocumentInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_documents');
      const now = clock().toISOString();
      const row: DocumentRow = {
        id: newId(),
        title: input.title,
        kind: input.kind,
        body: input.body,
        created_at: now,
        updated_at: now,
        archived_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await insertDocument(trx, row);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'document',
          resourceId: row.id,
          after: toDocument(row),
        });
      });
      return toDocument(row);
    },

    async update(scope: AccessScope, id: string, patch: DocumentPatch, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_documents');
      const now = clock().toISOString();
      const after: DocumentRow = {
        ...before,
        title: patch.title ?? before.title,
        kind: patch.kind ?? before.kind,
        body: patch.body ?? before.body,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await updateDocumentRow(trx, id, { title: after.title, kind: after.kind, body: after.body, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'document',
          resourceId: id,
          before: toDocument(before),
          after: toDocument(after),
        });
      });
      return toDocument(after);
    },

    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_documents');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateDocumentRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'document',
          resourceId: id,
          before: toDocumentSummary(before),
        });
      });
    },
  };
}
