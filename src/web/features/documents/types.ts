import { everyOf, type BodyOf, type ListItemOf, type ResponseOf } from '../../lib/api-types';

/** List items leave the body out. */
export type DocumentSummary = ListItemOf<'/documents'>;
export type Document = ResponseOf<'/documents/{id}'>;
export type DocumentInput = BodyOf<'/documents', 'post'>;
export type DocumentPatch = BodyOf<'/documents/{id}', 'patch'>;

export type DocumentKind = Document['kind'];
export const DOCUMENT_KINDS = everyOf<DocumentKind>()(['policy', 'procedure', 'list']);
