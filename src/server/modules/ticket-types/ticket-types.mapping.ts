import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import type { Principal } from '../access/principal.js';
import type { TicketTypeRow } from './ticket-types.repository.js';


/** Lowercase slug: integrations and portal capabilities refer to types by key. */
export const TicketKey = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9]+(?:[_-][a-z0-9]+)*$' });

export const TicketType = Type.Object({
  id: Id,
  key: Type.String(),
  name: Type.String(),
  /** null: offered to every customer; set: a type only this customer has. */
  customerId: Nullable(Id),
  /** Who a new ticket of this type goes to unless its customer has its own route (staff only; null for portal users). */
  defaultResponsibleUserId: Nullable(Id),
  defaultResponsibleGroupId: Nullable(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type TicketType = Static<typeof TicketType>;

const fields = {
  key: TicketKey,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  customerId: Type.Optional(Nullable(Id)),
  defaultResponsibleUserId: Type.Optional(Nullable(Id)),
  defaultResponsibleGroupId: Type.Optional(Nullable(Id)),
};
export const TicketTypeInput = Body(fields);
export type TicketTypeInput = Static<typeof TicketTypeInput>;
/** customerId is fixed once created: tickets of that customer may already use the type. */
export const TicketTypePatch = Body({
  key: Type.Optional(fields.key),
  name: Type.Optional(fields.name),
  defaultResponsibleUserId: fields.defaultResponsibleUserId,
  defaultResponsibleGroupId: fields.defaultResponsibleGroupId,
});
export type TicketTypePatch = Static<typeof TicketTypePatch>;

/** Routing is the back office's business: portal users see the type, never who handles it. */
export function toTicketType(row: TicketTypeRow, viewer: Principal): TicketType {
  const staff = viewer.kind === 'staff';
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    customerId: row.customer_id,
    defaultResponsibleUserId: staff ? row.default_responsible_user_id : null,
    defaultResponsibleGroupId: staff ? row.default_responsible_group_id : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
