import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import type { Principal } from '../access/principal.js';
import type { SiteRow } from './sites.repository.js';

const SiteKind = Type.Union([
  Type.Literal('facility'),
  Type.Literal('address'),
  Type.Literal('branch'),
  Type.Literal('plant'),
  Type.Literal('building'),
  Type.Literal('other'),
]);


export const Site = Type.Object({
  id: Id,
  customerId: Id,
  parentId: Nullable(Id),
  name: Type.String(),
  kind: SiteKind,
  street: Nullable(Type.String()),
  postalCode: Nullable(Type.String()),
  city: Nullable(Type.String()),
  country: Nullable(Type.String()),
  /** Staff only: never serialized for external users. */
  internalNotes: Type.Optional(Nullable(Type.String())),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type Site = Static<typeof Site>;

const fields = {
  parentId: Type.Optional(Nullable(Id)),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Optional(SiteKind),
  street: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  postalCode: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  city: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  country: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  internalNotes: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
};
export const SiteInput = Body({ customerId: Id, ...fields });
export type SiteInput = Static<typeof SiteInput>;
/** No customerId: a site never changes customer (its assets, orders and grants hang off that customer). */
export const SitePatch = Body({ ...fields, name: Type.Optional(fields.name) });
export type SitePatch = Static<typeof SitePatch>;

export function toSite(row: SiteRow, viewer: Principal): Site {
  const site: Site = {
    id: row.id,
    customerId: row.customer_id,
    parentId: row.parent_id,
    name: row.name,
    kind: row.kind,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
  if (viewer.kind === 'staff') site.internalNotes = row.internal_notes;
  return site;
}
