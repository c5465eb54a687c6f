import type { Kysely } from 'kysely';
import { newId } from '../../src/server/db/ids.js';
import type { GrantResourceType } from '../../src/server/db/portal-access-tables.js';
import type { Database } from '../../src/server/db/schema.js';
import { DEFAULT_MODES, NO_CAPABILITIES, type AccessModes } from '../../src/server/modules/access/access-config.js';
import { writeAccessConfiguration, type SiteAccess } from '../../src/server/modules/access/user-access.repository.js';
import { insertBatched } from './rows.js';

async function insertUser(db: Kysely<Database>, label: string, kind: 'staff' | 'external', customerId: string | null, now: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('users')
    .values({
      id, kind, login: `${label}-${id}@bench.test`, email: null, display_name: label, role: kind === 'staff' ? 'admin' : null, password_hash: null, status: 'active',
      must_change_password: 0, locale: null, created_at: now, updated_at: now, password_changed_at: null, last_login_at: null, customer_id: customerId, contact_id: null, role_template: null,
    })
    .execute();
  return id;
}

export const insertStaffUser = (db: Kysely<Database>, now: string) => insertUser(db, 'bench-admin', 'staff', null, now);

export interface PortalUserSpec {
  label: string;
  customerId: string;
  sites?: SiteAccess[];
  modes?: Partial<AccessModes>;
}

/** A portal user configured through the same repository helper the access-admin API uses. */
export async function insertPortalUser(db: Kysely<Database>, spec: PortalUserSpec, now: string): Promise<string> {
  const userId = await insertUser(db, spec.label, 'external', spec.customerId, now);
  const sites = spec.sites ?? [];
  await writeAccessConfiguration(db, userId, { sitesFromContact: false, sitesRestricted: sites.length > 0, sites, modes: { ...DEFAULT_MODES, ...spec.modes }, capabilities: NO_CAPABILITIES }, now);
  return userId;
}

export async function insertGrants(db: Kysely<Database>, userId: string, customerId: string, resourceType: GrantResourceType, resourceIds: readonly string[], now: string): Promise<void> {
  const rows = resourceIds.map((resourceId) => ({
    id: newId(), user_id: userId, resource_type: resourceType, resource_id: resourceId, kind: 'visible' as const, customer_id: customerId, created_at: now, created_by_user_id: null,
  }));
  await insertBatched(db, 'access_grants', rows);
}
