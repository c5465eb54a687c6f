export const DOCUMENT_KINDS = ['policy', 'procedure', 'list'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** List items leave the body out (server: documents.mapping.ts). */
export interface DocumentSummary {
  id: string;
  title: string;
  kind: DocumentKind;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}
export interface Document extends DocumentSummary {
  body: string;
}
export interface DocumentInput {
  title: string;
  kind: DocumentKind;
  body: string;
}
export type DocumentPatch = Partial<DocumentInput>;
