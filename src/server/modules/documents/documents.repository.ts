import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { DocumentsTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';

export type DocumentRow = Selectable<DocumentsTable>;
export type DocumentSummaryRow = Omit<DocumentRow, 'body'>;

export interface DocumentListFilters {
  q?: string | undefined;
  kind?: DocumentRow['kind'] | undefined;
  includeArchived?: boolean | undefined;
}

export async function listVisibleDocuments(
  db: DbExecutor,
  scope: AccessScope,
  filters: DocumentListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<DocumentSummaryRow>> {
  let query = db
    .selectFrom('documents')
    .select(['documents.id', 'documents.title', 'documents.kind', 'documents.created_at', 'documents.updated_at', 'documents.archived_at'])
    .where(scope.visible('documents'));
  if (!filters.includeArchived) query = query.where('documents.archived_at', 'is', null);
  if (filters.kind) query = query.where('documents.kind', '=', filters.kind);
  if (filters.q) query = query.where(matchesText(filters.q, ['documents.title', 'documents.body']));
  return fetchPage(query, { table: 'documents', ...page });
}

export async function findVisibleDocument(db: DbExecutor, scope: AccessScope, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll('documents').where(scope.visible('documents')).where('documents.id', '=', id).executeTakeFirst();
}

export async function insertDocument(db: DbExecutor, row: Insertable<DocumentsTable>): Promise<void> {
  await db.insertInto('documents').values(row).execute();
}

export async function updateDocumentRow(db: DbExecutor, id: string, changes: Updateable<DocumentsTable>): Promise<void> {
  await db.updateTable('documents').set(changes).where('id', '=', id).execute();
}
