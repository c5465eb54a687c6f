import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import type { DocumentRow, DocumentSummaryRow } from './documents.repository.js';

export const DocumentKind = Type.Union([Type.Literal('policy'), Type.Literal('procedure'), Type.Literal('list')]);
export const MAX_DOCUMENT_BODY = 100_000;

const summaryFields = {
  id: Id,
  title: Type.String(),
  kind: DocumentKind,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Type.Union([Timestamp, Type.Null()]),
};
/** List items leave the body out: a page of 200 documents of up to 100 000 characters each is too big. */
export const DocumentSummary = Type.Object(summaryFields);
export type DocumentSummary = Static<typeof DocumentSummary>;
export const Document = Type.Object({ ...summaryFields, body: Type.String() });
export type Document = Static<typeof Document>;

const fields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  kind: DocumentKind,
  body: Type.String({ maxLength: MAX_DOCUMENT_BODY }),
};
export const DocumentInput = Body(fields);
export type DocumentInput = Static<typeof DocumentInput>;
export const DocumentPatch = Body({ title: Type.Optional(fields.title), kind: Type.Optional(fields.kind), body: Type.Optional(fields.body) });
export type DocumentPatch = Static<typeof DocumentPatch>;

export function toDocumentSummary(row: DocumentSummaryRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function toDocument(row: DocumentRow): Document {
  return { ...toDocumentSummary(row), body: row.body };
}
