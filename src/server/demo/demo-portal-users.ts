import type { Transaction } from 'kysely';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import type { RoleTemplateKey } from '../modules/access/access-config.js';
import { resolveRoleTemplate } from '../modules/access/apply-role-template.js';
import { writeAccessConfiguration, type SiteAccess } from '../modules/access/user-access.repository.js';
import type { seedDemoCompany } from './demo-company.js';

type Refs = Awaited<ReturnType<typeof seedDemoCompany>>;

export interface DemoPortalLogin {
  login: string;
  password: string;
  displayName: string;
  description: string;
  template: RoleTemplateKey;
  customer: (refs: Refs) => string;
  sites?: (refs: Refs) => SiteAccess[];
  grants?: (refs: Refs) => { resourceType: 'asset' | 'project'; resourceId: string }[];
  /** Assigned to the demo's quarterly round, so "visits assigned to me" shows something. */
  assignedToRound?: boolean;
}

/** One portal login per seed scenario, so each can be tried right after `npm start`. */
export const DEMO_PORTAL_LOGINS: readonly DemoPortalLogin[] = [
  {
    login: 'anna@northwind.example', password: 'portal-anna', displayName: 'Anna Berger', template: 'customer',
    description: 'portal: Northwind Berlin, granted the HQ building (Customer role)',
    customer: (r) => r.berlin.id,
    grants: (r) => [{ resourceType: 'asset', resourceId: r.hqBuilding.id }],
    assignedToRound: true,
  },
  {
    login: 'facilities@northwind.example', password: 'portal-northwind', displayName: 'Northwind Facilities', template: 'view_only',
    description: 'portal: consolidated account over both Northwind branches',
    customer: (r) => r.northwind.id,
  },
  {
    login: 'lab@helix.example', password: 'portal-helix', displayName: 'Lena Lab', template: 'view_only',
    description: 'portal: Helix Pharma, facility Lab North only',
    customer: (r) => r.helix.id,
    sites: (r) => [{ siteId: r.labNorth.id, level: 'write' }],
  },
  {
    login: 'agent@globex.example', password: 'portal-globex', displayName: 'Gus Agent', template: 'live_site_agent',
    description: 'portal: Globex, CCTV project granted, manages devices',
    customer: (r) => r.globex.id,
    grants: (r) => [{ resourceType: 'project', resourceId: r.projectId }],
  },
  {
    login: 'buyer@blueharbor.example', password: 'portal-blueharbor', displayName: 'Bea Buyer', template: 'view_only',
    description: 'portal: Blue Harbor Publishing, print orders',
    customer: (r) => r.blueHarbor.id,
  },
];

export async function seedDemoPortalUsers(trx: Transaction<Database>, refs: Refs, hashes: string[], now: string): Promise<void> {
  for (const [i, demo] of DEMO_PORTAL_LOGINS.entries()) {
    const id = newId();
    const customerId = demo.customer(refs);
    await trx.insertInto('users').values({
      id, kind: 'external', login: demo.login, email: demo.login, display_name: demo.displayName, role: null, password_hash: hashes[i]!,
      status: 'active', must_change_password: 0, locale: null, created_at: now, updated_at: now, password_changed_at: now, last_login_at: null,
      customer_id: customerId, contact_id: null, role_template: demo.template,
    }).execute();
    const sites = demo.sites?.(refs) ?? [];
    await writeAccessConfiguration(trx, id, { sitesFromContact: false, sitesRestricted: sites.length > 0, sites, ...(await resolveRoleTemplate(trx, demo.template, customerId)) }, now);
    for (const grant of demo.grants?.(refs) ?? []) {
      await trx.insertInto('access_grants').values({ id: newId(), user_id: id, resource_type: grant.resourceType, resource_id: grant.resourceId, kind: 'visible', customer_id: customerId, created_at: now, created_by_user_id: null }).execute();
    }
    if (demo.assignedToRound) {
      await trx.insertInto('schedule_entry_assignees').values({ schedule_entry_id: refs.visitId, user_id: id }).execute();
    }
  }
}
