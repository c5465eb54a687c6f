import type { NameTranslations } from '../../lib/localized-name';

/** Server: file-types.mapping.ts */
export interface FileType {
  id: string;
  name: string;
  nameTranslations: NameTranslations;
  /** Files of this type are shown in the portal; other types stay internal. */
  customerVisible: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}
export interface FileTypeInput {
  name: string;
  nameTranslations?: NameTranslations;
  customerVisible: boolean;
}
export type FileTypePatch = Partial<FileTypeInput>;
