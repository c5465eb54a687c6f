import { inNameTranslations } from '../i18n/name-translations.js';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { FileTypesTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { Principal } from '../access/principal.js';

export type FileTypeRow = Selectable<FileTypesTable>;

export interface FileTypeListFilters {
  q?: string | undefined;
  customerVisible?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

/**
 * File types are settings, not customer-owned rows, so there is no scope filter; external users only
 * ever learn about the customer-visible ones (SPEC §2: non-customer file types are a hidden area).
 */
function audienceOf(viewer: Principal) {
  return viewer.kind === 'staff' ? sql<boolean>`1 = 1` : sql<boolean>`file_types.customer_visible = 1`;
}

export async function listFileTypes(
  db: DbExecutor,
  viewer: Principal,
  filters: FileTypeListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<FileTypeRow>> {
  let query = db.selectFrom('file_types').selectAll('file_types').where(audienceOf(viewer));
  if (!filters.includeArchived) query = query.where('file_types.archived_at', 'is', null);
  if (filters.customerVisible !== undefined) query = query.where('file_types.customer_visible', '=', filters.customerVisible ? 1 : 0);
  if (filters.q) query = query.where(matchesText(filters.q, ['file_types.name'], [inNameTranslations(filters.q, 'file_types.name_translations')]));
  return fetchPage(query, { table: 'file_types', ...page });
}

export async function findFileType(db: DbExecutor, viewer: Principal, id: string): Promise<FileTypeRow | undefined> {
  return db.selectFrom('file_types').selectAll().where(audienceOf(viewer)).where('id', '=', id).executeTakeFirst();
}

export async function insertFileType(db: DbExecutor, row: Insertable<FileTypesTable>): Promise<void> {
  await db.insertInto('file_types').values(row).execute();
}

export async function updateFileTypeRow(db: DbExecutor, id: string, changes: Updateable<FileTypesTable>): Promise<void> {
  await db.updateTable('file_types').set(changes).where('id', '=', id).execute();
}

/** Names are compared case-insensitively among the types still in use; archived names may be reused. */
export async function fileTypeNameTaken(db: DbExecutor, name: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom('file_types')
    .select('id')
    .where(sql<boolean>`lower(name) = ${name.toLowerCase()}`)
    .where('archived_at', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
