/**
 * The world of the isolation suites: back-office configuration every tenant shares, and tenants (a
 * consolidated account with a child customer and one record of every type), all created through the API
 * the way staff would. route-matrix.test.ts and authorization-matrix.test.ts both seed from here.
 */
import { expect } from 'vitest';
import { API, created, fileTypeId, invite, read, staffMember, uniqueSuffix, uploaded, type Json, type Story } from '../scenarios/story-kit.js';

/** Configuration of the service company: a technician and their group, flags, an internal document, file types, a staff API token. */
export interface SharedConfig {
  tech: Json;
  group: Json;
  flag: Json;
  internalFlag: Json;
  document: Json;
  certificateType: string;
  internalType: string;
  apiToken: Json;
  webhook: Json;
}

export async function seedSharedConfig(s: Story): Promise<SharedConfig> {
  const admin = s.admin;
  const tech = await staffMember(admin, 'Matrix Technician');
  return {
    tech,
    group: await created(admin, `${API}/staff-groups`, { name: `Matrix group ${uniqueSuffix()}`, memberIds: [tech.id] }),
    flag: await created(admin, `${API}/flags`, { name: `Shown flag ${uniqueSuffix()}`, color: '#1c7ed6', customerVisible: true }),
    internalFlag: await created(admin, `${API}/flags`, { name: `Internal flag ${uniqueSuffix()}`, color: '#c92a2a', customerVisible: false }),
    document: await created(admin, `${API}/documents`, { title: `Matrix procedure ${uniqueSuffix()}`, kind: 'procedure', body: 'Internal.' }),
    certificateType: await fileTypeId(admin, 'Certificate'),
    internalType: await fileTypeId(admin, 'Internal'),
    // A staff user's integration token: a portal user must not even learn that it exists.
    apiToken: await created(admin, `${API}/api-tokens`, { name: `Matrix token ${uniqueSuffix()}` }),
    // An integrator's subscription: settings, for admins only.
    webhook: await created(admin, `${API}/webhooks`, { url: 'https://hooks.example.com/matrix', events: ['ticket.created'] }),
  };
}

export const FILE_OWNER_TYPES = ['customer', 'site', 'asset', 'work_order', 'project', 'order', 'ticket'] as const;

export interface Tenant {
  token: string;
  customer: Json;
  child: Json;
  site: Json;
  childSite: Json;
  contact: Json;
  user: { id: string };
  /** The invitation mail to `user`, in the mail log. */
  invitationMail: { id: string };
  project: Json;
  asset: Json;
  childAsset: Json;
  device: Json;
  archivedAsset: Json;
  workOrder: Json;
  note: Json;
  workOrderTask: Json;
  part: Json;
  report: Json;
  projectTask: Json;
  order: Json;
  childOrder: Json;
  orderTask: Json;
  ticketType: Json;
  ticket: Json;
  comment: Json;
  /** A notification about the tenant's ticket (to the technician responsible for it). */
  notification: Json;
  schedule: Json;
  files: Record<(typeof FILE_OWNER_TYPES)[number], Json>;
  auditEventId: string;
}

/** One record of every type for a consolidated account and its child customer, all created through the API. */
export async function seedTenant(s: Story, shared: SharedConfig, label: string): Promise<Tenant> {
  const admin = s.admin;
  const token = `${label}${uniqueSuffix()}`;
  const named = (what: string) => `${what} ${token}`;
  const customer = await created(admin, `${API}/customers`, { name: named('Customer'), email: `${token}@customer.test` });
  const child = await created(admin, `${API}/customers`, { name: named('Child customer'), parentId: customer.id });
  const site = await created(admin, `${API}/sites`, { customerId: customer.id, name: named('Site'), city: token });
  const childSite = await created(admin, `${API}/sites`, { customerId: child.id, name: named('Child site') });
  const contact = await created(admin, `${API}/contacts`, { customerId: customer.id, name: named('Contact'), email: `contact-${token}@customer.test`, siteIds: [site.id] });
  const user = await invite(admin, { email: `user-${token}@customer.test`, displayName: named('User'), customerId: customer.id, contactId: contact.id, roleTemplate: 'customer' });
  const project = await created(admin, `${API}/projects`, { customerId: customer.id, siteId: site.id, name: named('Project') });
  const asset = await created(admin, `${API}/assets`, { customerId: customer.id, siteId: site.id, name: named('Asset'), serialNumber: token });
  const childAsset = await created(admin, `${API}/assets`, { customerId: customer.id, siteId: site.id, parentId: asset.id, name: named('Sub-asset') });
  const device = await created(admin, `${API}/assets`, { customerId: customer.id, siteId: site.id, projectId: project.id, name: named('Device') });
  const archivedAsset = await created(admin, `${API}/assets`, { customerId: customer.id, siteId: site.id, name: named('Archived asset') });
  expect((await admin.delete(`${API}/assets/${archivedAsset.id}`)).statusCode).toBe(204);
  const workOrder = await created(admin, `${API}/work-orders`, { assetId: asset.id, projectId: project.id, title: named('Work order'), assigneeIds: [shared.tech.id] });
  const note = await created(admin, `${API}/work-orders/${workOrder.id}/notes`, { body: named('Public note'), visibility: 'public' });
  await created(admin, `${API}/work-orders/${workOrder.id}/notes`, { body: named('Internal note') });
  const workOrderTask = await created(admin, `${API}/work-orders/${workOrder.id}/tasks`, { title: named('WO task') });
  const part = await created(admin, `${API}/projects/${project.id}/parts`, { description: named('Part'), quantity: 2, partNumber: token });
  const report = await created(admin, `${API}/projects/${project.id}/reports`, { title: named('Report') });
  const projectTask = await created(admin, `${API}/projects/${project.id}/tasks`, { title: named('Project task') });
  const order = await created(admin, `${API}/orders`, { customerId: customer.id, siteId: site.id, title: named('Order') });
  const childOrder = await created(admin, `${API}/orders`, { customerId: child.id, title: named('Child order') });
  const orderTask = await created(admin, `${API}/orders/${order.id}/tasks`, { title: named('Order task') });
  // An approval waiting on the order, its message carrying the tenant's token, so a leak of it is found.
  await created(admin, `${API}/orders/${order.id}/approval-requests`, { amount: 12_300, message: named('Approval') });
  const ticketType = await created(admin, `${API}/ticket-types`, { key: `type-${token.toLowerCase()}`, name: named('Ticket type'), customerId: customer.id });
  const ticket = await created(admin, `${API}/tickets`, { customerId: customer.id, siteId: site.id, assetId: asset.id, typeId: ticketType.id, title: named('Ticket'), responsibleUserId: shared.tech.id });
  const notification = await s.app.ctx.db.selectFrom('notifications').select('id').where('ticket_id', '=', ticket.id).executeTakeFirstOrThrow();
  const comment = await created(admin, `${API}/tickets/${ticket.id}/comments`, { body: named('Public comment'), visibility: 'public' });
  const schedule = await created(admin, `${API}/schedule-entries`, { customerId: customer.id, siteId: site.id, title: named('Visit'), startsAt: '2026-03-10T08:00:00.000Z', assetIds: [asset.id], assigneeIds: [shared.tech.id] });
  for (const [resourceType, resourceId] of [['order', order.id], ['work_order', workOrder.id], ['project', project.id]] as const) {
    await created(admin, `${API}/flags/${shared.flag.id}/assignments`, { resourceType, resourceId });
  }
  const owners: Record<(typeof FILE_OWNER_TYPES)[number], string> = { customer: customer.id, site: site.id, asset: asset.id, work_order: workOrder.id, project: project.id, order: order.id, ticket: ticket.id };
  const files = {} as Tenant['files'];
  for (const type of FILE_OWNER_TYPES) {
    files[type] = await uploaded(admin, { resourceType: type, resourceId: owners[type], fileTypeId: shared.certificateType, filename: `${token}-${type}.pdf`, content: `file of ${token} on ${type}` });
  }
  const audit = await read(admin, `${API}/audit-events?customerId=${customer.id}&limit=1`);
  const invitationMail = await s.app.ctx.db.selectFrom('mail_outbox').select('id').where('user_id', '=', user.id).executeTakeFirstOrThrow();
  return { token, customer, child, site, childSite, contact, user, invitationMail, project, asset, childAsset, device, archivedAsset, workOrder, note, workOrderTask, part, report, projectTask, order, childOrder, orderTask, ticketType, ticket, comment, notification, schedule, files, auditEventId: audit.items[0].id };
}

/** Every id of a tenant's records, by label. */
export function idsOf(t: Tenant): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [key, value] of Object.entries(t)) {
    if (key === 'files') for (const [type, file] of Object.entries(value as Tenant['files'])) ids[`file:${type}`] = file.id;
    else if (key === 'auditEventId') ids[key] = value as string;
    else if (value && typeof value === 'object' && 'id' in value) ids[key] = (value as { id: string }).id;
  }
  return ids;
}
