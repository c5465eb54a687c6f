import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import type { Principal } from '../access/principal.js';
import type { ContactRow } from './contacts.repository.js';


export const Contact = Type.Object({
  id: Id,
  customerId: Id,
  name: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  jobTitle: Nullable(Type.String()),
  /** The customer's sites (facilities) this person is related to. */
  siteIds: Type.Array(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type Contact = Static<typeof Contact>;

const fields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  jobTitle: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  siteIds: Type.Optional(Type.Array(Id, { uniqueItems: true, maxItems: 500 })),
};
export const ContactInput = Body({ customerId: Id, ...fields });
export type ContactInput = Static<typeof ContactInput>;
/** No customerId: a contact never moves to another customer (external users are linked to it). */
export const ContactPatch = Body({ ...fields, name: Type.Optional(fields.name) });
export type ContactPatch = Static<typeof ContactPatch>;

export function toContact(row: ContactRow, siteIds: string[], _viewer: Principal): Contact {
  return {
    id: row.id,
    customerId: row.customer_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    jobTitle: row.job_title,
    siteIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
