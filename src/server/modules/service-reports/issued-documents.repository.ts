import type { Insertable, Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { IssuedDocumentsTable } from '../../db/issued-document-tables.js';
import type { AccessScope } from '../access/access-scope.js';
import { visibleFiles } from '../files/files.repository.js';
import type { visibleWorkOrderIdsUnder } from '../work-orders/work-orders.repository.js';

type WorkOrderIds = ReturnType<typeof visibleWorkOrderIdsUnder>;

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

/**
 * The issued documents of the given work orders (ids, or a subquery of them) whose files the reader may
 * see, newest first: a work order's reports, or an asset passport's documents.
 */
export async function listVisibleIssuedDocuments(db: DbExecutor, scope: AccessScope, workOrderIds: string[] | WorkOrderIds, limit: number) {
  return visibleFiles(db, scope)
    .innerJoin('issued_documents', 'issued_documents.file_id', 'files.id')
    .select(['issued_documents.id as document_id', 'issued_documents.kind', 'issued_documents.verification_code', 'issued_documents.sha256 as document_sha256', 'issued_documents.work_order_id', 'issued_documents.issued_at'])
    .where('files.resource_type', '=', 'work_order')
    .where('files.resource_id', 'in', workOrderIds)
    .where('files.archived_at', 'is', null)
    .orderBy('issued_documents.issued_at', 'desc')
    .orderBy('issued_documents.id', 'desc')
    .limit(limit)
    .execute();
}

export type IssuedDocumentWithFileRow = Awaited<ReturnType<typeof listVisibleIssuedDocuments>>[number];
