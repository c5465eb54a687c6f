/**
 * The world of the authorization matrix: tenants A and B (tenant-world.ts), records of A that lie outside
 * one principal's scope or another's (a second site, a record without a site, a child customer's asset),
 * and the principals. Every record is catalogued as a `Thing` with the facts the rules look at (customer,
 * site, tree, owner, submitter…), so expected-access.ts can decide from the catalogue alone.
 */
import { createStaffUser } from '../factories.js';
import { loginAs, type Session } from '../helpers.js';
import { API, created, grant, inviteAndActivate, read, setAccess, startPreview, ticketTypeId, uniqueSuffix, uploaded, type GrantType, type Json, type Story } from '../scenarios/story-kit.js';
import { FILE_OWNER_TYPES, seedSharedConfig, seedTenant, type SharedConfig, type Tenant } from './tenant-world.js';
import { Catalogue, type PortalProfile, type Thing } from './expected-access.js';

export interface Principal {
  name: string;
  /** null for the anonymous caller. */
  session: Pick<Session, 'get' | 'post' | 'patch' | 'put' | 'delete' | 'inject'> | null;
  /** A staff preview of the portal user with this profile: reads as they do, every write refused. */
  preview?: boolean;
  /** What the principal is, as the rules see it: a portal user's profile, a staff technician or coordinator, or nobody. */
  kind: 'portal' | 'technician' | 'coordinator' | 'anonymous';
  profile?: PortalProfile;
  userId?: string;
}

export interface AuthorizationWorld {
  shared: SharedConfig;
  A: Tenant;
  B: Tenant;
  things: Thing[];
  principals: Principal[];
}

const OWNER_KEY: Record<(typeof FILE_OWNER_TYPES)[number], keyof Tenant> = { customer: 'customer', site: 'site', asset: 'asset', work_order: 'workOrder', project: 'project', order: 'order', ticket: 'ticket' };

/** The records seedTenant makes, as things of tenant `t` (labels `A.asset`, `B.files.order`, …). */
function tenantThings(t: Tenant, tag: 'A' | 'B'): Thing[] {
  const c = `${tag}.customer`;
  const site = `${tag}.site`;
  const l = (key: string) => `${tag}.${key}`;
  const things: Thing[] = [
    { label: c, kind: 'customer', id: t.customer.id, customer: c },
    { label: l('child'), kind: 'customer', id: t.child.id, customer: l('child') },
    { label: site, kind: 'site', id: t.site.id, customer: c, site },
    { label: l('childSite'), kind: 'site', id: t.childSite.id, customer: l('child'), site: l('childSite') },
    { label: l('contact'), kind: 'contact', id: t.contact.id, customer: c, contactSites: [site] },
    // Invited with a contact of the first site, so that is the user's site scope (SPEC §1 Contact).
    { label: l('user'), kind: 'user', id: t.user.id, customer: c, userKind: 'external', colleagueSites: [site], writable: true },
    { label: l('project'), kind: 'project', id: t.project.id, customer: c, site, nested: { taskId: t.projectTask.id, partId: t.part.id } },
    { label: l('asset'), kind: 'asset', id: t.asset.id, customer: c, site, ancestors: [] },
    { label: l('childAsset'), kind: 'asset', id: t.childAsset.id, customer: c, site, ancestors: [l('asset')] },
    { label: l('device'), kind: 'asset', id: t.device.id, customer: c, site, ancestors: [], project: l('project') },
    { label: l('archivedAsset'), kind: 'asset', id: t.archivedAsset.id, customer: c, site, ancestors: [], archived: true },
    { label: l('workOrder'), kind: 'workOrder', id: t.workOrder.id, customer: c, site, asset: l('asset'), project: l('project'), nested: { taskId: t.workOrderTask.id } },
    { label: l('order'), kind: 'order', id: t.order.id, customer: c, site, nested: { taskId: t.orderTask.id } },
    { label: l('childOrder'), kind: 'order', id: t.childOrder.id, customer: l('child'), site: null },
    { label: l('ticketType'), kind: 'ticketType', id: t.ticketType.id, customer: c },
    { label: l('ticket'), kind: 'ticket', id: t.ticket.id, customer: c, site },
    { label: l('schedule'), kind: 'schedule', id: t.schedule.id, customer: c, site },
    { label: l('notification'), kind: 'notification', id: t.notification.id, recipient: 'tech' },
    { label: l('auditEvent'), kind: 'auditEvent', id: t.auditEventId, customer: c },
    { label: l('invitationMail'), kind: 'mail', id: t.invitationMail.id, customer: c },
  ];
  for (const type of FILE_OWNER_TYPES) {
    things.push({ label: l(`files.${type}`), kind: 'file', id: t.files[type].id, customer: c, owner: l(OWNER_KEY[type]), customerVisibleType: true });
  }
  return things;
}

/** Configuration records: global, never any customer's. */
function configThings(shared: SharedConfig): Thing[] {
  return [
    { label: 'document', kind: 'document', id: shared.document.id },
    { label: 'staffGroup', kind: 'staffGroup', id: shared.group.id },
    { label: 'shownFlag', kind: 'flag', id: shared.flag.id, customerVisibleType: true },
    { label: 'internalFlag', kind: 'flag', id: shared.internalFlag.id, customerVisibleType: false },
    { label: 'certificateType', kind: 'fileType', id: shared.certificateType, customerVisibleType: true },
    { label: 'internalType', kind: 'fileType', id: shared.internalType, customerVisibleType: false },
    { label: 'apiToken', kind: 'apiToken', id: shared.apiToken.id },
    { label: 'webhook', kind: 'webhook', id: shared.webhook.id },
    { label: 'tech', kind: 'user', id: shared.tech.id, userKind: 'staff', writable: true },
  ];
}

/** The portal principals: one of each kind of access SPEC §2 describes, as declared profiles the rules read. */
function portalProfiles(): PortalProfile[] {
  const all = { assets: 'all_in_scope', workOrders: 'all_under_visible_assets', projects: 'all_in_scope', tickets: 'all_in_scope', orders: 'all_in_scope' } as const;
  const none = { manageDevices: false, createTickets: false, uploadFiles: false, customerAdmin: false, approve: false };
  return [
    { name: 'site-restricted', customer: 'A.customer', sites: [{ site: 'A.site', level: 'read' }], modes: all, capabilities: { ...none, manageDevices: true, createTickets: true, uploadFiles: true, approve: true }, grants: [], ticketTypes: ['A.ticketType'] },
    {
      name: 'granted-only',
      customer: 'A.customer',
      sites: null,
      modes: { assets: 'granted_only', workOrders: 'assigned_only', projects: 'granted_only', tickets: 'own', orders: 'own' },
      capabilities: { ...none, createTickets: true },
      grants: ['A.asset', 'A.project', 'A.order', 'A.workOrder2'],
      ticketTypes: ['A.ticketType'],
    },
    { name: 'all-in-scope', customer: 'A.customer', sites: null, modes: all, capabilities: { ...none, manageDevices: true, createTickets: true, uploadFiles: true }, grants: ['A.schedule'], ticketTypes: ['A.ticketType'] },
    { name: 'customer-admin', customer: 'A.customer', sites: null, modes: all, capabilities: { ...none, createTickets: true, customerAdmin: true, approve: true }, grants: [], ticketTypes: ['A.ticketType'] },
    { name: 'no-capabilities', customer: 'A.customer', sites: null, modes: { ...all, tickets: 'own' }, capabilities: none, grants: [], ticketTypes: [] },
    { name: 'child-customer', customer: 'A.child', sites: null, modes: all, capabilities: { ...none, createTickets: true }, grants: [], ticketTypes: [] },
  ];
}

const GRANT_TYPES: Partial<Record<Thing['kind'], GrantType>> = { asset: 'asset', project: 'project', workOrder: 'work_order', order: 'order', ticket: 'ticket', schedule: 'schedule_entry' };

/** Invites the portal user, configures exactly the declared profile, and signs them in. */
async function portalPrincipal(s: Story, catalogue: Catalogue, profile: PortalProfile, ticketTypeIds: string[]): Promise<Principal> {
  const customerId = catalogue.get(profile.customer).id;
  const user = await inviteAndActivate(s, { email: `${profile.name}-${uniqueSuffix()}@customer.test`, displayName: profile.name, customerId, roleTemplate: 'view_only' });
  await setAccess(s.admin, user.userId, {
    sitesRestricted: profile.sites !== null,
    sites: (profile.sites ?? []).map((site) => ({ siteId: catalogue.get(site.site).id, level: site.level })),
    modes: { ...profile.modes, schedule: 'assigned_only' },
    capabilities: { ...profile.capabilities, ticketTypeIds: profile.capabilities.createTickets ? ticketTypeIds : [], statusIds: [], recipientUserIds: [], recipientGroupIds: [] },
  });
  for (const label of profile.grants) {
    const thing = catalogue.get(label);
    await grant(s.admin, user.userId, GRANT_TYPES[thing.kind]!, thing.id, thing.kind === 'schedule' ? 'assigned' : 'visible', false);
  }
  return { name: profile.name, session: user.session, kind: 'portal', profile, userId: user.userId };
}

/**
 * Records of A beyond seedTenant's, each outside some principal's scope: a second site with a record of
 * every type, an asset without a site, an asset of the child customer, a contact of the second site, and
 * files on them (one of a type the portal never shows). The ticket on the second site is raised by the
 * granted-only user, so "own tickets" has something to show.
 */
async function seedOutOfScope(s: Story, shared: SharedConfig, A: Tenant, raiser: Principal, typeId: string): Promise<Thing[]> {
  const admin = s.admin;
  const name = (what: string) => `${what} ${A.token}`;
  const site2 = await created(admin, `${API}/sites`, { customerId: A.customer.id, name: name('Second site') });
  const contact2 = await created(admin, `${API}/contacts`, { customerId: A.customer.id, name: name('Second contact'), siteIds: [site2.id] });
  const asset2 = await created(admin, `${API}/assets`, { customerId: A.customer.id, siteId: site2.id, name: name('Second asset') });
  const looseAsset = await created(admin, `${API}/assets`, { customerId: A.customer.id, name: name('Asset without a site') });
  const childAsset = await created(admin, `${API}/assets`, { customerId: A.child.id, siteId: A.childSite.id, name: name('Child customer asset') });
  const workOrder2 = await created(admin, `${API}/work-orders`, { assetId: asset2.id, title: name('Second work order') });
  const project2 = await created(admin, `${API}/projects`, { customerId: A.customer.id, siteId: site2.id, name: name('Second project') });
  const order2 = await created(admin, `${API}/orders`, { customerId: A.customer.id, siteId: site2.id, title: name('Second order') });
  const ticket2 = await created(raiser.session as Session, `${API}/tickets`, { customerId: A.customer.id, siteId: site2.id, typeId, title: name('Own ticket') });
  const file = (owner: Json, resourceType: 'asset' | 'work_order', fileTypeId: string) => uploaded(admin, { resourceType, resourceId: owner.id, fileTypeId, filename: `${A.token}.pdf` });
  const c = 'A.customer';
  return [
    { label: 'A.site2', kind: 'site', id: site2.id, customer: c, site: 'A.site2' },
    { label: 'A.contact2', kind: 'contact', id: contact2.id, customer: c, contactSites: ['A.site2'] },
    { label: 'A.asset2', kind: 'asset', id: asset2.id, customer: c, site: 'A.site2', ancestors: [] },
    { label: 'A.looseAsset', kind: 'asset', id: looseAsset.id, customer: c, site: null, ancestors: [] },
    { label: 'A.childCustomerAsset', kind: 'asset', id: childAsset.id, customer: 'A.child', site: 'A.childSite', ancestors: [] },
    { label: 'A.workOrder2', kind: 'workOrder', id: workOrder2.id, customer: c, site: 'A.site2', asset: 'A.asset2' },
    { label: 'A.project2', kind: 'project', id: project2.id, customer: c, site: 'A.site2' },
    { label: 'A.order2', kind: 'order', id: order2.id, customer: c, site: 'A.site2' },
    { label: 'A.ticket2', kind: 'ticket', id: ticket2.id, customer: c, site: 'A.site2', submitter: raiser.name },
    { label: 'A.files.asset2', kind: 'file', id: (await file(asset2, 'asset', shared.certificateType)).id, customer: c, owner: 'A.asset2', customerVisibleType: true },
    { label: 'A.files.workOrder2', kind: 'file', id: (await file(workOrder2, 'work_order', shared.certificateType)).id, customer: c, owner: 'A.workOrder2', customerVisibleType: true },
    { label: 'A.files.internal', kind: 'file', id: (await file(A.asset, 'asset', shared.internalType)).id, customer: c, owner: 'A.asset', customerVisibleType: false },
  ];
}

/** The whole world: tenants A and B, A's out-of-scope records, six portal users of A, a staff technician and a coordinator, and nobody. */
export async function seedAuthorizationWorld(s: Story): Promise<AuthorizationWorld> {
  const shared = await seedSharedConfig(s);
  const A = await seedTenant(s, shared, 'Alpha');
  const B = await seedTenant(s, shared, 'Bravo');
  const things = [...tenantThings(A, 'A'), ...tenantThings(B, 'B'), ...configThings(shared)];
  let catalogue = new Catalogue(things);
  const serviceRequest = await ticketTypeId(s.admin, 'service_request');
  // Every global type (so the customer admin's access covers what role templates give colleagues) plus A's own.
  const globalTypes = (await read(s.admin, `${API}/ticket-types?limit=200`)).items.filter((t: Json) => t.customerId === null).map((t: Json) => t.id);
  const typesOfA = [...globalTypes, A.ticketType.id];
  const principals: Principal[] = [];
  const profiles = portalProfiles();
  // The granted-only user raises A.ticket2, so it is configured before the out-of-scope records exist;
  // its grant on A.workOrder2 is added once that work order does.
  const [first, grantedOnly, ...rest] = profiles;
  principals.push(await portalPrincipal(s, catalogue, first!, typesOfA));
  const raiser = await portalPrincipal(s, catalogue, { ...grantedOnly!, grants: grantedOnly!.grants.filter((g) => g !== 'A.workOrder2') }, typesOfA);
  things.push(...(await seedOutOfScope(s, shared, A, raiser, A.ticketType.id)));
  catalogue = new Catalogue(things);
  await grant(s.admin, raiser.userId!, 'work_order', catalogue.get('A.workOrder2').id, 'assigned', false);
  principals.push({ ...raiser, profile: grantedOnly! });
  for (const profile of rest) principals.push(await portalPrincipal(s, catalogue, profile, profile.customer === 'A.customer' ? typesOfA : [serviceRequest]));
  for (const p of principals) {
    things.push({ label: p.name, kind: 'user', id: p.userId!, customer: p.profile!.customer, userKind: 'external', colleagueSites: p.profile!.sites?.map((site) => site.site) ?? null, writable: false });
  }
  // Staff previewing each portal user (issue #11): exactly that user's view, and read-only.
  for (const p of principals.filter((principal) => principal.kind === 'portal')) {
    principals.push({ ...p, name: `preview of ${p.name}`, session: (await startPreview(s.app, s.admin, p.userId!)).session, preview: true });
  }
  for (const role of ['technician', 'coordinator'] as const) {
    const staff = await createStaffUser(s.app, { role });
    principals.push({ name: role, session: await loginAs(s.app, staff.login, staff.password), kind: role, userId: staff.user.id });
    things.push({ label: role, kind: 'user', id: staff.user.id, userKind: 'staff', writable: false });
  }
  principals.push({ name: 'anonymous', session: null, kind: 'anonymous' });
  return { shared, A, B, things, principals };
}
