import type { App } from '../src/server/app.js';
import { newId } from '../src/server/db/ids.js';
import type { GrantKind, GrantResourceType } from '../src/server/db/portal-access-tables.js';
import { DEFAULT_MODES, NO_CAPABILITIES, type AccessModes, type Capabilities } from '../src/server/modules/access/access-config.js';
import { writeAccessConfiguration, type SiteAccess } from '../src/server/modules/access/user-access.repository.js';
import { hashPassword } from '../src/server/modules/auth/passwords.js';
import { insertUser } from '../src/server/modules/users/users.repository.js';
import { DEFAULT_TEST_PASSWORD, uniqueSuffix } from './factories.js';
import { loginAs, type Session } from './helpers.js';

let defaultHash: Promise<string> | undefined;

export interface PortalUserOptions {
  customerId: string;
  contactId?: string | null;
  /** Take the contact's sites as the site scope (off unless asked, so `sites` alone decides). */
  sitesFromContact?: boolean;
  modes?: Partial<AccessModes>;
  capabilities?: Partial<Capabilities>;
  /** Omitted: every site of the customer; given: only these. */
  sites?: SiteAccess[];
  grants?: { resourceType: GrantResourceType; resourceId: string; kind?: GrantKind; customerId: string }[];
}

/**
 * An active portal user with the given access, written straight to the database and signed in through
 * the real login. (The invitation flow has its own tests; most tests need a configured user quickly.)
 */
export async function createPortalUser(app: App, options: PortalUserOptions): Promise<{ userId: string; login: string; session: Session }> {
  const id = newId();
  const login = `portal-${uniqueSuffix()}@customer.test`;
  const now = app.ctx.clock().toISOString();
  await insertUser(app.ctx.db, {
    id,
    kind: 'external',
    login,
    email: login,
    display_name: 'Portal user',
    role: null,
    password_hash: await (defaultHash ??= hashPassword(DEFAULT_TEST_PASSWORD)),
    status: 'active',
    must_change_password: 0,
    locale: null,
    created_at: now,
    updated_at: now,
    password_changed_at: now,
    last_login_at: null,
    customer_id: options.customerId,
    contact_id: options.contactId ?? null,
    role_template: null,
  });
  await writeAccessConfiguration(
    app.ctx.db,
    id,
    {
      sitesFromContact: options.sitesFromContact ?? false,
      sitesRestricted: options.sites !== undefined,
      sites: options.sites ?? [],
      modes: { ...DEFAULT_MODES, ...options.modes },
      capabilities: { ...NO_CAPABILITIES, ...options.capabilities },
    },
    now,
  );
  for (const grant of options.grants ?? []) {
    await app.ctx.db
      .insertInto('access_grants')
      .values({ id: newId(), user_id: id, resource_type: grant.resourceType, resource_id: grant.resourceId, kind: grant.kind ?? 'visible', customer_id: grant.customerId, created_at: now, created_by_user_id: null })
      .execute();
  }
  return { userId: id, login, session: await loginAs(app, login, DEFAULT_TEST_PASSWORD) };
}
