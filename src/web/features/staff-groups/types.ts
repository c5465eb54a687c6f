/** Server: staff-groups.mapping.ts */
export interface StaffGroup {
  id: string;
  name: string;
  memberIds: string[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}
