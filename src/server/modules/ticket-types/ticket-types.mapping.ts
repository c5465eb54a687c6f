import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import { NameTranslations, parseNameTranslations } from '../i18n/name-translations.js';
import type { Principal } from '../access/principal.js';
import type { TicketTypeRow } from './ticket-types.repository.js';


/** Lowercase slug: integrations and portal capabilities refer to types by key. */
export const TicketKey = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9]+(?:[_-][a-z0-9]+)*$' });

export const TicketType = Type.Object({
  id: Id,
  key: Type.String(),
  name: Type.String(),
  nameTranslations: NameTranslations,
  /** null: offered to every customer; set: a type only this customer has. */
  customerId: Nullable(Id),
  /** Who a new ticket of this type goes to unless its customer has its own route (staff only; null for portal users). */
  defaultResponsibleUserId: Nullable(Id),
  defaultResponsibleGroupId: Nullable(Id),
  /** Service-level targets in wall-clock minutes from when a ticket is raised (staff only; null for portal users). */
  firstResponseMinutes: Nullable(Type.Integer()),
  resolutionMinutes: Nullable(Type.Integer()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type TicketType = Static<typeof TicketType>;

const fields = {
  key: TicketKey,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  nameTranslations: Type.Optional(NameTranslations),
  customerId: Type.Optional(Nullable(Id)),
  defaultResponsibleUserId: Type.Optional(Nullable(Id)),
  defaultResponsibleGroupId: Type.Optional(Nullable(Id)),
  // Up to a year: a longer target is no target.
  firstResponseMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 525_600 }))),
  resolutionMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 525_600 }))),
};
export const TicketTypeInput = Body(fields);
export type TicketTypeInput = Static<typeof TicketTypeInput>;
/** customerId is fixed once created: tickets of that customer may already use the type. */
export const TicketTypePatch = Body({
  key: Type.Optional(fields.key),
  name: Type.Optional(fields.name),
  nameTranslations: fields.nameTranslations,
  defaultResponsibleUserId: fields.defaultResponsibleUserId,
  defaultResponsibleGroupId: fields.defaultResponsibleGroupId,
  firstResponseMinutes: fields.firstResponseMinutes,
  resolutionMinutes: fields.resolutionMinutes,
});
export type TicketTypePatch = Static<typeof TicketTypePatch>;

/** Routing and service levels are the back office's business: portal users see the type, never who handles it or how fast. */
export function toTicketType(row: TicketTypeRow, viewer: Principal): TicketType {
  const staff = viewer.kind === 'staff';
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    nameTranslations: parseNameTranslations(row.name_translations),
    customerId: row.customer_id,
    defaultResponsibleUserId: staff ? row.default_responsible_user_id : null,
    defaultResponsibleGroupId: staff ? row.default_responsible_group_id : null,
    firstResponseMinutes: staff ? row.first_response_minutes : null,
    resolutionMinutes: staff ? row.resolution_minutes : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
