import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import type { ScheduleEntryRow } from './schedule.repository.js';


export const ScheduleKind = Type.Union([Type.Literal('visit'), Type.Literal('round')]);
export const Recurrence = Type.Union([
  Type.Literal('daily'),
  Type.Literal('weekly'),
  Type.Literal('monthly'),
  Type.Literal('quarterly'),
  Type.Literal('yearly'),
]);

export const ScheduleEntry = Type.Object({
  id: Id,
  customerId: Id,
  siteId: Nullable(Id),
  title: Type.String(),
  /** visit: a planned visit; round: a recurring tour over the assets. */
  kind: ScheduleKind,
  startsAt: Timestamp,
  endsAt: Nullable(Timestamp),
  recurrence: Nullable(Recurrence),
  notes: Nullable(Type.String()),
  assetIds: Type.Array(Id),
  assigneeIds: Type.Array(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type ScheduleEntry = Static<typeof ScheduleEntry>;

const fields = {
  customerId: Id,
  siteId: Type.Optional(Nullable(Id)),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Optional(ScheduleKind),
  startsAt: Timestamp,
  /** Must be after startsAt. */
  endsAt: Type.Optional(Nullable(Timestamp)),
  recurrence: Type.Optional(Nullable(Recurrence)),
  notes: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
  assetIds: Type.Optional(Type.Array(Id, { uniqueItems: true, maxItems: 500 })),
  assigneeIds: Type.Optional(Type.Array(Id, { uniqueItems: true, maxItems: 100 })),
};
export const ScheduleEntryInput = Body(fields);
export type ScheduleEntryInput = Static<typeof ScheduleEntryInput>;

/** The customer is fixed once planned: site, assets and assignees were checked against it. */
const { customerId: _customerId, ...patchable } = fields;
export const ScheduleEntryPatch = Body({ ...patchable, title: Type.Optional(fields.title), startsAt: Type.Optional(fields.startsAt) });
export type ScheduleEntryPatch = Static<typeof ScheduleEntryPatch>;

export interface ScheduleLinks {
  assetIds: string[];
  assigneeIds: string[];
}

export function toScheduleEntry(row: ScheduleEntryRow, links: ScheduleLinks): ScheduleEntry {
  return {
    id: row.id,
    customerId: row.customer_id,
    siteId: row.site_id,
    title: row.title,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    recurrence: row.recurrence,
    notes: row.notes,
    assetIds: [...links.assetIds].sort(),
    assigneeIds: [...links.assigneeIds].sort(),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
