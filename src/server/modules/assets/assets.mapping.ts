import type { Selectable } from 'kysely';
import { Type, type Static } from 'typebox';
import type { AssetsTable } from '../../db/back-office-tables.js';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import { BadRequestError } from '../../plugins/errors.js';
import type { Principal } from '../access/principal.js';

export type AssetRow = Selectable<AssetsTable>;

export const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const ASSET_STATUSES = ['active', 'inactive', 'in_repair', 'decommissioned'] as const;
export const AssetStatus = Type.Enum(ASSET_STATUSES);

export const CUSTOM_FIELDS_MAX_KEYS = 50;
export const CUSTOM_FIELDS_MAX_KEY_LENGTH = 100;
export const CUSTOM_FIELDS_MAX_BYTES = 8 * 1024;

const CustomFieldValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);
const CustomFields = Type.Record(Type.String(), CustomFieldValue);
/** Free-form fields a service company adds to its assets (e.g. refrigerant type, calibration range). */
const CustomFieldsInput = Type.Record(Type.String(), CustomFieldValue, {
  maxProperties: CUSTOM_FIELDS_MAX_KEYS,
  propertyNames: { minLength: 1, maxLength: CUSTOM_FIELDS_MAX_KEY_LENGTH },
  description: `At most ${CUSTOM_FIELDS_MAX_KEYS} keys of at most ${CUSTOM_FIELDS_MAX_KEY_LENGTH} characters; at most 8 KB as JSON. Replaces the whole set.`,
});
type CustomFields = Static<typeof CustomFields>;

export const Asset = Type.Object({
  id: Id,
  customerId: Id,
  siteId: Nullable(Id),
  parentId: Nullable(Id),
  /** Top of this asset's tree (itself for a top-level asset). */
  rootId: Id,
  depth: Type.Integer(),
  projectId: Nullable(Id),
  name: Type.String(),
  category: Nullable(Type.String()),
  serialNumber: Nullable(Type.String()),
  manufacturer: Nullable(Type.String()),
  model: Nullable(Type.String()),
  status: AssetStatus,
  nextDueDate: Nullable(Type.String()),
  lastServiceDate: Nullable(Type.String()),
  customFields: CustomFields,
  /** Staff only: never serialized for external users. */
  internalNotes: Type.Optional(Nullable(Type.String())),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type Asset = Static<typeof Asset>;

/** In a list asked for childCounts, each asset says how many direct sub-assets the caller can see (the tree's expanders). */
export const AssetInList = Type.Object({ ...Asset.properties, childCount: Type.Optional(Type.Integer({ minimum: 0 })) });

const text = (maxLength: number) => Type.Optional(Nullable(Type.String({ maxLength })));
const fields = {
  siteId: Type.Optional(Nullable(Id)),
  parentId: Type.Optional(Nullable(Id)),
  projectId: Type.Optional(Nullable(Id)),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  category: text(100),
  serialNumber: text(100),
  manufacturer: text(200),
  model: text(200),
  status: Type.Optional(AssetStatus),
  nextDueDate: Type.Optional(Nullable(DateOnly)),
  lastServiceDate: Type.Optional(Nullable(DateOnly)),
  customFields: Type.Optional(CustomFieldsInput),
  internalNotes: text(10_000),
};
/**
 * What only the service company writes: internal notes, and the service dates its work orders and
 * calibrations drive. Portal users managing devices may set everything else (SPEC §2.4, §2.5).
 */
export const STAFF_ONLY_ASSET_FIELDS = ['internalNotes', 'nextDueDate', 'lastServiceDate'] as const satisfies readonly (keyof typeof fields)[];
export const AssetInput = Body({ customerId: Id, ...fields });
export type AssetInput = Static<typeof AssetInput>;
/** customerId is immutable: an asset never changes hands between customers. */
export const AssetPatch = Body({ ...fields, name: Type.Optional(fields.name) });
export type AssetPatch = Static<typeof AssetPatch>;

/** The size limit the schema cannot express; 400 like every other shape violation. */
export function serializeCustomFields(customFields: CustomFields): string {
  const json = JSON.stringify(customFields);
  if (Buffer.byteLength(json, 'utf8') > CUSTOM_FIELDS_MAX_BYTES) {
    throw new BadRequestError(`customFields must be at most ${CUSTOM_FIELDS_MAX_BYTES} bytes as JSON.`);
  }
  return json;
}

export function toAsset(row: AssetRow, viewer: Principal): Asset {
  const asset: Asset = {
    id: row.id,
    customerId: row.customer_id,
    siteId: row.site_id,
    parentId: row.parent_id,
    rootId: row.root_id,
    depth: row.depth,
    projectId: row.project_id,
    name: row.name,
    category: row.category,
    serialNumber: row.serial_number,
    manufacturer: row.manufacturer,
    model: row.model,
    status: row.status,
    nextDueDate: row.next_due_date,
    lastServiceDate: row.last_service_date,
    customFields: JSON.parse(row.custom_fields) as CustomFields,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
  if (viewer.kind === 'staff') asset.internalNotes = row.internal_notes;
  return asset;
}

export { Nullable };
