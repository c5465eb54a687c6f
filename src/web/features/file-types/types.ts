/** Server: file-types.mapping.ts */
export interface FileType {
  id: string;
  name: string;
  /** Files of this type are shown in the portal; other types stay internal. */
  customerVisible: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}
export interface FileTypeInput {
  name: string;
  customerVisible: boolean;
}
export type FileTypePatch = Partial<FileTypeInput>;
