import type { Insertable, Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { IssuedDocumentsTable } from '../../db/issued-document-tables.js';

export type IssuedDocumentRow = Selectable<IssuedDocumentsTable>;

export async function insertIssuedDocument(db: DbExecutor, row: Insertable<IssuedDocumentsTable>): Promise<void> {
  await db.insertInto('issued_documents').values(row).execute();
}

/** By the printed code or by the document's hash; the first issue wins when one PDF was issued twice. */
export async function findIssuedDocument(db: DbExecutor, by: { code: string | null } | { sha256: string }): Promise<IssuedDocumentRow | undefined> {
  let query = db.selectFrom('issued_documents').selectAll();
  query = 'sha256' in by ? query.where('sha256', '=', by.sha256) : query.where('verification_code', '=', by.code ?? '');
  return query.orderBy('issued_at').limit(1).executeTakeFirst();
}

export async function issuedDocumentsOfFiles(db: DbExecutor, fileIds: string[]): Promise<IssuedDocumentRow[]> {
  if (fileIds.length === 0) return [];
  return db.selectFrom('issued_documents').selectAll().where('file_id', 'in', fileIds).execute();
}
