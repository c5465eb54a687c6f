import { everyOf, type BodyOf, type ResponseOf } from '../../lib/api-types';

/** Staff and external (portal) users. */
export type User = ResponseOf<'/users/{id}'>;
/** Creates a staff user (admins only). */
export type UserInput = BodyOf<'/users', 'post'>;
export type UserPatch = BodyOf<'/users/{id}', 'patch'>;
/** The installation's security settings (admins only). */
export type SecuritySettings = ResponseOf<'/settings/security'>;
export type SecuritySettingsInput = BodyOf<'/settings/security', 'put'>;

export type StaffRole = NonNullable<User['role']>;
export type UserStatus = User['status'];
export const STAFF_ROLES = everyOf<StaffRole>()(['admin', 'coordinator', 'technician']);
export const USER_STATUSES = everyOf<UserStatus>()(['active', 'disabled', 'pending']);
