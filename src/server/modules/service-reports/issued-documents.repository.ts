import { sql, type Insertable, type Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import { engineOf, pathWithin } from '../../db/engine-sql.js';
import type { IssuedDocumentsTable } from '../../db/issued-document-tables.js';
import type { AccessScope } from '../access/access-scope.js';
import { visibleFiles } from '../files/files.repository.js';

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

/**
 * The issued documents of the work orders on an asset and everything under it, as far as the reader may
 * see the work order, the asset it is on and the file: the documents of an asset passport, newest first.
 */
export async function issuedDocumentsUnderAsset(db: DbExecutor, scope: AccessScope, asset: { root_id: string; path: string }, limit: number) {
  const subtree = db
    .selectFrom('assets')
    .select('assets.id')
    .where(scope.visible('assets'))
    .where('assets.root_id', '=', asset.root_id)
    .where(() => pathWithin(engineOf(db), sql.ref('assets.path'), asset.path));
  const workOrders = db
    .selectFrom('work_orders')
    .select('work_orders.id')
    .where(scope.visible('work_orders'))
    .where('work_orders.archived_at', 'is', null)
    .where('work_orders.root_asset_id', '=', asset.root_id)
    .where('work_orders.asset_id', 'in', subtree);
  return visibleFiles(db, scope)
    .innerJoin('issued_documents', 'issued_documents.file_id', 'files.id')
    .select(['issued_documents.id as document_id', 'issued_documents.kind', 'issued_documents.verification_code', 'issued_documents.sha256 as document_sha256', 'issued_documents.work_order_id', 'issued_documents.issued_at'])
    .where('files.resource_type', '=', 'work_order')
    .where('files.resource_id', 'in', workOrders)
    .where('files.archived_at', 'is', null)
    .orderBy('issued_documents.issued_at', 'desc')
    .orderBy('issued_documents.id', 'desc')
    .limit(limit)
    .execute();
}
