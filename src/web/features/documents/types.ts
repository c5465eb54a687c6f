import { everyOf, type BodyOf, type ListItemOf, type ResponseOf } from '../../lib/api-types';

/** List items leave the body out. */
export type DocumentSummary = ListItemOf<'/api/v1/documents'>;
export type Document = ResponseOf<'/api/v1/documents/{id}'>;
export type DocumentInput = BodyOf<'/api/v1/documents', 'post'>;
export type DocumentPatch = BodyOf<'/api/v1/documents/{id}', 'patch'>;

export type DocumentKind = Document['kind'];
export const DOCUMENT_KINDS = everyOf<DocumentKind>()(['policy', 'procedure', 'list']);
