export type FileOwnerType = 'customer' | 'site' | 'asset' | 'work_order' | 'project' | 'order' | 'ticket' | 'document';

/** Server: files.mapping.ts */
export interface FileRecord {
  id: string;
  resourceType: FileOwnerType;
  resourceId: string;
  customerId: string | null;
  fileTypeId: string;
  fileTypeName: string;
  customerVisible: boolean;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedByUserId: string | null;
  createdAt: string;
  archivedAt: string | null;
}
