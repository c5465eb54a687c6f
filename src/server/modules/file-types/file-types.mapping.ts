import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import { NameTranslations, parseNameTranslations } from '../i18n/name-translations.js';
import type { FileTypeRow } from './file-types.repository.js';

export const FileType = Type.Object({
  id: Id,
  name: Type.String(),
  nameTranslations: NameTranslations,
  customerVisible: Type.Boolean({ description: 'Files of this type are shown in the portal; other types stay internal.' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Type.Union([Timestamp, Type.Null()]),
});
export type FileType = Static<typeof FileType>;

const fields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  nameTranslations: Type.Optional(NameTranslations),
  customerVisible: Type.Boolean(),
};
export const FileTypeInput = Body(fields);
export type FileTypeInput = Static<typeof FileTypeInput>;
export const FileTypePatch = Body({ name: Type.Optional(fields.name), nameTranslations: fields.nameTranslations, customerVisible: Type.Optional(fields.customerVisible) });
export type FileTypePatch = Static<typeof FileTypePatch>;

export function toFileType(row: FileTypeRow): FileType {
  return {
    id: row.id,
    name: row.name,
    nameTranslations: parseNameTranslations(row.name_translations),
    customerVisible: row.customer_visible === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
