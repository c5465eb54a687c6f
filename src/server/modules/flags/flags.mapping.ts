import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import type { FlaggableType } from '../../db/back-office-tables.js';
import { NameTranslations, parseNameTranslations } from '../i18n/name-translations.js';
import type { FlagRow } from './flags.repository.js';

export const FLAGGABLE_TYPES = ['order', 'work_order', 'project'] as const satisfies readonly FlaggableType[];
export const FlaggableResource = Type.Enum(FLAGGABLE_TYPES);

const Color = Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'Hex colour, #rrggbb' });

export const Flag = Type.Object({
  id: Id,
  name: Type.String(),
  nameTranslations: NameTranslations,
  color: Type.String(),
  customerVisible: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Type.Union([Timestamp, Type.Null()]),
});
export type Flag = Static<typeof Flag>;

/** The short form embedded in orders, projects and work orders. */
export const FlagRef = Type.Object({ id: Id, name: Type.String(), color: Type.String(), customerVisible: Type.Boolean() });
export type FlagRef = Static<typeof FlagRef>;

const fields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  nameTranslations: Type.Optional(NameTranslations),
  color: Color,
  customerVisible: Type.Optional(Type.Boolean()),
};
export const FlagInput = Body(fields);
export type FlagInput = Static<typeof FlagInput>;
export const FlagPatch = Body({ name: Type.Optional(fields.name), nameTranslations: fields.nameTranslations, color: Type.Optional(Color), customerVisible: Type.Optional(Type.Boolean()) });
export type FlagPatch = Static<typeof FlagPatch>;

export const AssignmentInput = Body({ resourceType: FlaggableResource, resourceId: Id });
export type AssignmentInput = Static<typeof AssignmentInput>;
export const Assignment = Type.Object({ flagId: Id, resourceType: FlaggableResource, resourceId: Id, createdAt: Timestamp });
export type Assignment = Static<typeof Assignment>;

export function toFlag(row: FlagRow): Flag {
  return {
    id: row.id,
    name: row.name,
    nameTranslations: parseNameTranslations(row.name_translations),
    color: row.color,
    customerVisible: row.customer_visible === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
