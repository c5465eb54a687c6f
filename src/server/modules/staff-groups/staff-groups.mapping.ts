import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import type { StaffGroupRow } from './staff-groups.repository.js';

export const StaffGroup = Type.Object({
  id: Id,
  name: Type.String(),
  /** Staff users in the group, by display name. */
  memberIds: Type.Array(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Type.Union([Timestamp, Type.Null()]),
});
export type StaffGroup = Static<typeof StaffGroup>;

const fields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  memberIds: Type.Optional(Type.Array(Id, { uniqueItems: true, maxItems: 500 })),
};
export const StaffGroupInput = Body(fields);
export type StaffGroupInput = Static<typeof StaffGroupInput>;
export const StaffGroupPatch = Body({ ...fields, name: Type.Optional(fields.name) });
export type StaffGroupPatch = Static<typeof StaffGroupPatch>;

export function toStaffGroup(row: StaffGroupRow, memberIds: string[]): StaffGroup {
  return {
    id: row.id,
    name: row.name,
    memberIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
