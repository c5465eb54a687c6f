import { randomBytes } from 'node:crypto';
import type { App } from '../src/server/app.js';
import { newId } from '../src/server/db/ids.js';
import type { UsersTable } from '../src/server/db/schema.js';
import { hashPassword } from '../src/server/modules/auth/passwords.js';
import { insertUser, type UserRow } from '../src/server/modules/users/users.repository.js';
import type { Session } from './helpers.js';

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export const DEFAULT_TEST_PASSWORD = 'correct-horse-battery';

// Hashing at OWASP cost takes ~50 ms; tests share one hash of the default password.
let defaultHash: Promise<string> | undefined;

export interface StaffUserOptions {
  role?: NonNullable<UsersTable['role']>;
  password?: string;
  status?: UsersTable['status'];
  mustChangePassword?: boolean;
  login?: string;
}

export interface CreatedUser {
  user: UserRow;
  login: string;
  password: string;
}

/** A staff user written straight to the database (the users API is tested on its own). */
export async function createStaffUser(app: App, options: StaffUserOptions = {}): Promise<CreatedUser> {
  const password = options.password ?? DEFAULT_TEST_PASSWORD;
  const passwordHash =
    password === DEFAULT_TEST_PASSWORD ? await (defaultHash ??= hashPassword(DEFAULT_TEST_PASSWORD)) : await hashPassword(password);
  const role = options.role ?? 'admin';
  const login = options.login ?? `${role}-${uniqueSuffix()}@staff.test`;
  const now = app.ctx.clock().toISOString();
  const user: UserRow = {
    id: newId(),
    kind: 'staff',
    login: login.toLowerCase(),
    email: login.toLowerCase(),
    display_name: `Test ${role}`,
    role,
    password_hash: passwordHash,
    status: options.status ?? 'active',
    must_change_password: options.mustChangePassword ? 1 : 0,
    locale: null,
    created_at: now,
    updated_at: now,
    password_changed_at: now,
    last_login_at: null,
    customer_id: null,
    contact_id: null,
    role_template: null,
  };
  await insertUser(app.ctx.db, user);
  return { user, login, password };
}

/** Signs in a fresh staff user of the given role through the real login endpoint. */
export async function staffSession(app: App, role: NonNullable<UsersTable['role']> = 'admin') {
  const { loginAs } = await import('./helpers.js');
  const created = await createStaffUser(app, { role });
  return { ...created, session: await loginAs(app, created.login, created.password) };
}

/** A customer created through the API by the given session; each test makes its own. */
export async function createCustomer(session: Pick<Session, 'post'>, overrides: Record<string, unknown> = {}) {
  const response = await session.post('/api/v1/customers', { name: `Customer ${uniqueSuffix()}`, ...overrides });
  if (response.statusCode !== 201) throw new Error(`creating a customer failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; name: string; number: string; parentId: string | null };
}
