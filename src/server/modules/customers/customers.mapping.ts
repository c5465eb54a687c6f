import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import type { Principal } from '../access/principal.js';
import type { CustomerRow } from './customers.repository.js';

/** Portal areas that can be switched on or off per customer (SPEC §3). */
export const PORTAL_AREAS = ['assets', 'work_orders', 'projects', 'devices', 'orders', 'tickets', 'schedule', 'files'] as const;
const PortalArea = Type.Union(PORTAL_AREAS.map((a) => Type.Literal(a)));


export const Customer = Type.Object({
  id: Id,
  parentId: Nullable(Id),
  number: Type.String(),
  name: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  /** Staff only: never serialized for external users. */
  internalNotes: Type.Optional(Nullable(Type.String())),
  portalAreas: Type.Array(PortalArea),
  /** Staff only: the customer's portal users must sign in with a second factor. */
  portalMfaRequired: Type.Optional(Type.Boolean()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type Customer = Static<typeof Customer>;

const fields = {
  parentId: Type.Optional(Nullable(Id)),
  number: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  internalNotes: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
  portalAreas: Type.Optional(Type.Array(PortalArea, { uniqueItems: true })),
  portalMfaRequired: Type.Optional(Type.Boolean()),
};
export const CustomerInput = Body(fields);
export type CustomerInput = Static<typeof CustomerInput>;
export const CustomerPatch = Body({ ...fields, name: Type.Optional(fields.name) });
export type CustomerPatch = Static<typeof CustomerPatch>;

export function toCustomer(row: CustomerRow, viewer: Principal): Customer {
  const customer: Customer = {
    id: row.id,
    parentId: row.parent_id,
    number: row.number,
    name: row.name,
    email: row.email,
    phone: row.phone,
    portalAreas: JSON.parse(row.portal_areas) as Customer['portalAreas'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
  if (viewer.kind === 'staff') {
    customer.internalNotes = row.internal_notes;
    customer.portalMfaRequired = row.portal_mfa_required === 1;
  }
  return customer;
}
