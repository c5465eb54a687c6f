import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { FileOwnerType, FilesTable, FileTypesTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';

export type FileRow = Selectable<FilesTable>;
export type FileWithTypeRow = FileRow & { file_type_name: string; file_type_name_translations: string; customer_visible: number };

export interface FileListFilters {
  q?: string | undefined;
  resourceType?: FileOwnerType | undefined;
  resourceId?: string | undefined;
  customerId?: string | undefined;
  fileTypeId?: string | undefined;
  includeArchived?: boolean | undefined;
}

/** Files the scope lets the caller see, with their type's name and portal visibility in the same query. */
export function visibleFiles(db: DbExecutor, scope: AccessScope) {
  return db
    .selectFrom('files')
    .where(scope.visible('files'))
    .innerJoin('file_types', 'file_types.id', 'files.file_type_id')
    .selectAll('files')
    .select(['file_types.name as file_type_name', 'file_types.name_translations as file_type_name_translations', 'file_types.customer_visible']);
}

export async function listVisibleFiles(
  db: DbExecutor,
  scope: AccessScope,
  filters: FileListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<FileWithTypeRow>> {
  let query = visibleFiles(db, scope);
  if (!filters.includeArchived) query = query.where('files.archived_at', 'is', null);
  if (filters.resourceType) query = query.where('files.resource_type', '=', filters.resourceType);
  if (filters.resourceId) query = query.where('files.resource_id', '=', filters.resourceId);
  if (filters.customerId) query = query.where('files.customer_id', '=', filters.customerId);
  if (filters.fileTypeId) query = query.where('files.file_type_id', '=', filters.fileTypeId);
  if (filters.q) query = query.where(matchesText(filters.q, ['files.filename']));
  return fetchPage(query, { table: 'files', ...page });
}

export async function findVisibleFile(db: DbExecutor, scope: AccessScope, id: string): Promise<FileWithTypeRow | undefined> {
  return visibleFiles(db, scope).where('files.id', '=', id).executeTakeFirst();
}

/** A file type new uploads may use: not archived, and customer-visible when the uploader is a portal user. */
export async function findUsableFileType(db: DbExecutor, id: string, customerVisibleOnly: boolean): Promise<Selectable<FileTypesTable> | undefined> {
  let query = db.selectFrom('file_types').selectAll().where('id', '=', id).where('archived_at', 'is', null);
  if (customerVisibleOnly) query = query.where('customer_visible', '=', 1);
  return query.executeTakeFirst();
}

export async function insertFile(db: DbExecutor, row: Insertable<FilesTable>): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

export async function updateFileRow(db: DbExecutor, id: string, changes: Updateable<FilesTable>): Promise<void> {
  await db.updateTable('files').set(changes).where('id', '=', id).execute();
}
