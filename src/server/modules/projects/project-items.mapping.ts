import { Type, type Static } from 'typebox';
import type { AssetsTable, ProjectPartsTable } from '../../db/back-office-tables.js';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import { Nullable } from './projects.mapping.js';
import type { DeviceRow, PartRow, ReportRow } from './project-items.repository.js';

/** Parts list, reports and devices of a project (the SiteOwl project view). */
export const PART_STATUSES = ['planned', 'ordered', 'delivered', 'installed'] as const satisfies readonly ProjectPartsTable['status'][];
const PartStatus = Type.Enum(PART_STATUSES);

export const Part = Type.Object({
  id: Id,
  partNumber: Nullable(Type.String()),
  description: Type.String(),
  quantity: Type.Integer(),
  status: PartStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Part = Static<typeof Part>;

const partFields = {
  partNumber: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
  description: Type.String({ minLength: 1, maxLength: 1000 }),
  quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  status: Type.Optional(PartStatus),
};
export const PartInput = Body(partFields);
export type PartInput = Static<typeof PartInput>;
export const PartPatch = Body({ ...partFields, description: Type.Optional(partFields.description), quantity: Type.Optional(partFields.quantity) });
export type PartPatch = Static<typeof PartPatch>;

export const Report = Type.Object({
  id: Id,
  title: Type.String(),
  summary: Nullable(Type.String()),
  reportDate: Type.String(),
  createdAt: Timestamp,
});
export type Report = Static<typeof Report>;
export const ReportInput = Body({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  summary: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
  reportDate: Type.Optional(Type.String({ format: 'date', description: 'YYYY-MM-DD; today when left out' })),
});
export type ReportInput = Static<typeof ReportInput>;

const DEVICE_STATUSES = ['active', 'inactive', 'in_repair', 'decommissioned'] as const satisfies readonly AssetsTable['status'][];
export const Device = Type.Object({
  id: Id,
  name: Type.String(),
  category: Nullable(Type.String()),
  serialNumber: Nullable(Type.String()),
  status: Type.Enum(DEVICE_STATUSES),
  siteId: Nullable(Id),
  parentId: Nullable(Id),
});
export type Device = Static<typeof Device>;

export function toPart(row: PartRow): Part {
  return {
    id: row.id,
    partNumber: row.part_number,
    description: row.description,
    quantity: row.quantity,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toReport(row: ReportRow): Report {
  return { id: row.id, title: row.title, summary: row.summary, reportDate: row.report_date, createdAt: row.created_at };
}

export function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    serialNumber: row.serial_number,
    status: row.status,
    siteId: row.site_id,
    parentId: row.parent_id,
  };
}
