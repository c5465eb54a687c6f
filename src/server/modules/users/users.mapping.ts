import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwords.js';
import type { Principal } from '../access/principal.js';
import type { UserRow } from './users.repository.js';


export const StaffRole = Type.Union([Type.Literal('admin'), Type.Literal('coordinator'), Type.Literal('technician')]);
const UserKind = Type.Union([Type.Literal('staff'), Type.Literal('external')]);
const UserStatus = Type.Union([Type.Literal('active'), Type.Literal('disabled'), Type.Literal('pending')]);

/** Staff and external (portal) users share one shape; password material never leaves the server. */
export const User = Type.Object({
  id: Id,
  kind: UserKind,
  login: Type.String(),
  email: Nullable(Type.String()),
  displayName: Type.String(),
  /** Staff role; null for external users. */
  role: Nullable(StaffRole),
  status: UserStatus,
  mustChangePassword: Type.Boolean(),
  /** External users: the customer (or consolidated account) and the contact they belong to. */
  customerId: Nullable(Id),
  contactId: Nullable(Id),
  lastLoginAt: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type User = Static<typeof User>;

export const UserInput = Body({
  /** An e-mail address or a chosen login ID; unique regardless of case. */
  login: Type.String({ minLength: 3, maxLength: 320, pattern: '^\\S+$' }),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
  displayName: Type.String({ minLength: 1, maxLength: 200 }),
  role: StaffRole,
  /** Initial password; the user must change it at first login. Without it the user cannot sign in yet. */
  password: Type.Optional(Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })),
});
export type UserInput = Static<typeof UserInput>;

export const UserPatch = Body({
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
  role: Type.Optional(StaffRole),
  /** Disabling ends all the user's sessions at once. */
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  mustChangePassword: Type.Optional(Type.Boolean()),
});
export type UserPatch = Static<typeof UserPatch>;

export function toUser(row: UserRow, _viewer: Principal): User {
  return {
    id: row.id,
    kind: row.kind,
    login: row.login,
    email: row.email,
    displayName: row.display_name,
    role: row.kind === 'staff' ? row.role : null,
    status: row.status,
    mustChangePassword: row.must_change_password === 1,
    customerId: row.customer_id,
    contactId: row.contact_id,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
