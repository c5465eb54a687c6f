import type { ReaderLanguage } from '../../http/reader-language.js';
import { localizedName } from '../i18n/name-translations.js';
import { Type, type Static } from 'typebox';
import { Id, Timestamp } from '../../http/schemas.js';
import type { FileWithTypeRow } from './files.repository.js';

export const FileOwnerTypeSchema = Type.Union([
  Type.Literal('customer'),
  Type.Literal('site'),
  Type.Literal('asset'),
  Type.Literal('work_order'),
  Type.Literal('project'),
  Type.Literal('order'),
  Type.Literal('ticket'),
  Type.Literal('document'),
]);

export const FileRecord = Type.Object({
  id: Id,
  resourceType: FileOwnerTypeSchema,
  resourceId: Id,
  customerId: Type.Union([Id, Type.Null()], { description: 'null for files of internal documents' }),
  fileTypeId: Id,
  fileTypeName: Type.String(),
  customerVisible: Type.Boolean({ description: 'Whether the file type is shown in the portal' }),
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String({ description: 'SHA-256 of the content, hex' }),
  uploadedByUserId: Type.Union([Id, Type.Null()]),
  createdAt: Timestamp,
  archivedAt: Type.Union([Timestamp, Type.Null()]),
});
export type FileRecord = Static<typeof FileRecord>;

/** The text fields of the multipart upload form (the file part comes after them). */
export const UploadFields = Type.Object(
  { resourceType: FileOwnerTypeSchema, resourceId: Id, fileTypeId: Id },
  { additionalProperties: false },
);
export type UploadFields = Static<typeof UploadFields>;

/** `language`: the reader's, for the file type's name (none for the audit trail: names as stored). */
export function toFile(row: FileWithTypeRow, language?: ReaderLanguage | null): FileRecord {
  return {
    id: row.id,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    customerId: row.customer_id,
    fileTypeId: row.file_type_id,
    fileTypeName: localizedName(row.file_type_name, row.file_type_name_translations, language),
    customerVisible: row.customer_visible === 1,
    filename: row.filename,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedByUserId: row.uploaded_by_user_id,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}
