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
  /** The person at the customer the login belongs to; with sites, the user takes them (MET/TEAM). */
  contact: { jobTitle: string; sites?: (refs: Refs) => string[] };
}

/** One portal login per seed scenario, so each can be tried right after `npm start`. */
export const DEMO_PORTAL_LOGINS: readonly DemoPortalLogin[] = [
  {
    login: 'anna@northwind.example', password: 'portal-anna', displayName: 'Anna Berger', template: 'customer',
    description: 'portal: Northwind Berlin, granted the HQ building (Customer role)',
    customer: (r) => r.berlin.id,
    grants: (r) => [{ resourceType: 'asset', resourceId: r.hqBuilding.id }],
    assignedToRound: true,
    contact: { jobTitle: 'Facility manager' },
  },
  {
    login: 'facilities@northwind.example', password: 'portal-northwind', displayName: 'Northwind Facilities', template: 'view_only',
    description: 'portal: consolidated account over both Northwind branches',
    customer: (r) => r.northwind.id,
    contact: { jobTitle: 'Group facilities desk' },
  },
  {
    login: 'lab@helix.example', password: 'portal-helix', displayName: 'Lena Lab', template: 'view_only',
    description: 'portal: Helix Pharma, facility Lab North only (from her contact)',
    customer: (r) => r.helix.id,
    sites: (r) => [{ siteId: r.labNorth.id, level: 'write' }],
    contact: { jobTitle: 'Lab technician', sites: (r) => [r.labNorth.id] },
  },
  {
    login: 'agent@globex.example', password: 'portal-globex', displayName: 'Gus Agent', template: 'live_site_agent',
    description: 'portal: Globex, CCTV project granted, manages devices',
    customer: (r) => r.globex.id,
    grants: (r) => [{ resourceType: 'project', resourceId: r.projectId }],
    contact: { jobTitle: 'Loss prevention' },
  },
  {
    login: 'buyer@blueharbor.example', password: 'portal-blueharbor', displayName: 'Bea Buyer', template: 'view_only',
    description: 'portal: Blue Harbor Publishing, print orders',
    customer: (r) => r.blueHarbor.id,
    contact: { jobTitle: 'Print buyer' },
  },
];

/** People at the demo customers without a login yet: staff can invite them from their contact. */
const DEMO_CONTACTS_WITHOUT_LOGIN: readonly { name: string; email: string; jobTitle: string; customer: (refs: Refs) => string; sites: (refs: Refs) => string[] }[] = [
  { name: 'Quinn Quality', email: 'quality@helix.example', jobTitle: 'QA manager', customer: (r) => r.helix.id, sites: (r) => [r.labNorth.id, r.labSouth.id] },
  { name: 'Hans Hausmann', email: 'caretaker@northwind.example', jobTitle: 'Caretaker', customer: (r) => r.berlin.id, sites: (r) => [r.berlinHq.id] },
];

async function insertContact(trx: Transaction<Database>, contact: { customerId: string; name: string; email: string; jobTitle: string; siteIds: string[] }, now: string): Promise<string> {
  const id = newId();
  await trx.insertInto('contacts').values({ id, customer_id: contact.customerId, name: contact.name, email: contact.email, phone: null, job_title: contact.jobTitle, created_at: now, updated_at: now, archived_at: null }).execute();
  if (contact.siteIds.length) await trx.insertInto('contact_sites').values(contact.siteIds.map((siteId) => ({ contact_id: id, site_id: siteId }))).execute();
  return id;
}

export async function seedDemoPortalUsers(trx: Transaction<Database>, refs: Refs, hashes: string[], now: string): Promise<void> {
  for (const [i, demo] of DEMO_PORTAL_LOGINS.entries()) {
    const id = newId();
    const customerId = demo.customer(refs);
    const contactSites = demo.contact.sites?.(refs) ?? [];
    const contactId = await insertContact(trx, { customerId, name: demo.displayName, email: demo.login, jobTitle: demo.contact.jobTitle, siteIds: contactSites }, now);
    await trx.insertInto('users').values({
      id, kind: 'external', login: demo.login, email: demo.login, display_name: demo.displayName, role: null, password_hash: hashes[i]!,
      status: 'active', must_change_password: 0, locale: null, created_at: now, updated_at: now, password_changed_at: now, last_login_at: null,
      customer_id: customerId, contact_id: contactId, role_template: demo.template,
    }).execute();
    const sites = demo.sites?.(refs) ?? [];
    await writeAccessConfiguration(trx, id, { sitesFromContact: contactSites.length > 0, sitesRestricted: sites.length > 0, sites, ...(await resolveRoleTemplate(trx, demo.template, customerId)) }, now);
    for (const grant of demo.grants?.(refs) ?? []) {
      await trx.insertInto('access_grants').values({ id: newId(), user_id: id, resource_type: grant.resourceType, resource_id: grant.resourceId, kind: 'visible', customer_id: customerId, created_at: now, created_by_user_id: null }).execute();
    }
    if (demo.assignedToRound) {
      await trx.insertInto('schedule_entry_assignees').values({ schedule_entry_id: refs.visitId, user_id: id }).execute();
    }
  }
  for (const contact of DEMO_CONTACTS_WITHOUT_LOGIN) {
    await insertContact(trx, { customerId: contact.customer(refs), name: contact.name, email: contact.email, jobTitle: contact.jobTitle, siteIds: contact.sites(refs) }, now);
  }
}
