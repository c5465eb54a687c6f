import type { App } from '../src/server/app.js';
import { newId } from '../src/server/db/ids.js';
import { hashPassword } from '../src/server/modules/auth/passwords.js';
import { insertUser } from '../src/server/modules/users/users.repository.js';
import { DEFAULT_TEST_PASSWORD, uniqueSuffix } from './factories.js';
import { loginAs, type Session } from './helpers.js';

/** Anything that can POST like a Session (see helpers.ts). */
interface Poster {
  post(url: string, payload?: unknown): Promise<{ statusCode: number; json(): unknown; body: string }>;
}

async function created<T>(session: Poster, url: string, payload: Record<string, unknown>, what: string): Promise<T> {
  const response = await session.post(url, payload);
  if (response.statusCode !== 201) throw new Error(`creating a ${what} failed: ${response.statusCode} ${response.body}`);
  return response.json() as T;
}

export interface SiteJson {
  id: string;
  customerId: string;
  parentId: string | null;
  name: string;
  kind: string;
  city: string | null;
  internalNotes?: string | null;
  archivedAt: string | null;
}

/** A site of the customer, created through the API. */
export function createSite(session: Poster, customerId: string, overrides: Record<string, unknown> = {}): Promise<SiteJson> {
  return created(session, '/api/v1/sites', { customerId, name: `Site ${uniqueSuffix()}`, ...overrides }, 'site');
}

export interface ContactJson {
  id: string;
  customerId: string;
  name: string;
  email: string | null;
  siteIds: string[];
  archivedAt: string | null;
}

/** A contact of the customer, created through the API. */
export function createContact(session: Poster, customerId: string, overrides: Record<string, unknown> = {}): Promise<ContactJson> {
  return created(session, '/api/v1/contacts', { customerId, name: `Contact ${uniqueSuffix()}`, ...overrides }, 'contact');
}

export interface UserJson {
  id: string;
  kind: 'staff' | 'external';
  login: string;
  email: string | null;
  displayName: string;
  role: 'admin' | 'coordinator' | 'technician' | null;
  status: 'active' | 'disabled' | 'pending';
  mustChangePassword: boolean;
}

/** A staff user created through the users API (by an admin session). */
export function createUserViaApi(session: Poster, overrides: Record<string, unknown> = {}): Promise<UserJson> {
  const suffix = uniqueSuffix();
  return created(session, '/api/v1/users', { login: `user-${suffix}@staff.test`, displayName: `User ${suffix}`, role: 'technician', ...overrides }, 'user');
}

export interface StaffGroupJson {
  id: string;
  name: string;
  memberIds: string[];
  archivedAt: string | null;
}

export function createStaffGroup(session: Poster, overrides: Record<string, unknown> = {}): Promise<StaffGroupJson> {
  return created(session, '/api/v1/staff-groups', { name: `Group ${uniqueSuffix()}`, ...overrides }, 'staff group');
}

/**
 * A signed-in portal (external) user with no access configured: deny by default, so it must see none of
 * the back office. Written straight to the database until invitations exist.
 */
export async function externalSession(app: App): Promise<{ id: string; session: Session }> {
  const login = `portal-${uniqueSuffix()}@customer.test`;
  const now = app.ctx.clock().toISOString();
  const id = newId();
  await insertUser(app.ctx.db, {
    id,
    kind: 'external',
    login,
    email: login,
    display_name: 'Portal user',
    role: null,
    password_hash: await hashPassword(DEFAULT_TEST_PASSWORD),
    status: 'active',
    must_change_password: 0,
    locale: null,
    created_at: now,
    updated_at: now,
    password_changed_at: now,
    last_login_at: null,
  });
  return { id, session: await loginAs(app, login, DEFAULT_TEST_PASSWORD) };
}
