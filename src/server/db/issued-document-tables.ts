/** Generated service reports and certificates (migration 023). */
export type IssuedDocumentKind = 'service_report' | 'calibration_certificate';

export interface IssuedDocumentsTable {
  id: string;
  /** Short code printed on the document; the public verify endpoint looks it up. */
  verification_code: string;
  /** SHA-256 (hex) of the exact PDF bytes as issued. */
  sha256: string;
  kind: IssuedDocumentKind;
  file_id: string;
  work_order_id: string;
  customer_id: string;
  issued_by_user_id: string;
  issued_at: string;
}

export interface IssuedDocumentTables {
  issued_documents: IssuedDocumentsTable;
}
