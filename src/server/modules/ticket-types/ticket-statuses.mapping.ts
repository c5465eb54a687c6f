import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import { NameTranslations, parseNameTranslations } from '../i18n/name-translations.js';
import { TicketKey } from './ticket-types.mapping.js';
import type { TicketStatusRow } from './ticket-statuses.repository.js';

export const StatusCategory = Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('closed')]);

export const TicketStatus = Type.Object({
  id: Id,
  key: Type.String(),
  name: Type.String(),
  nameTranslations: NameTranslations,
  /** Drives closedAt on tickets and the open/closed filters, whatever the status is called. */
  category: StatusCategory,
  position: Type.Integer(),
  /** The status new tickets start in; exactly one status is initial. */
  isInitial: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Type.Union([Timestamp, Type.Null()]),
});
export type TicketStatus = Static<typeof TicketStatus>;

const fields = {
  key: TicketKey,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  nameTranslations: Type.Optional(NameTranslations),
  category: StatusCategory,
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  isInitial: Type.Optional(Type.Boolean()),
};
export const TicketStatusInput = Body(fields);
export type TicketStatusInput = Static<typeof TicketStatusInput>;
export const TicketStatusPatch = Body({
  ...fields,
  key: Type.Optional(fields.key),
  name: Type.Optional(fields.name),
  category: Type.Optional(fields.category),
});
export type TicketStatusPatch = Static<typeof TicketStatusPatch>;

export function toTicketStatus(row: TicketStatusRow): TicketStatus {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    nameTranslations: parseNameTranslations(row.name_translations),
    category: row.category,
    position: row.position,
    isInitial: row.is_initial === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
