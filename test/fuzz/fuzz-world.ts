/**
 * The fuzzer's world: one customer (with a child) holding one record of every type, a staff admin and a
 * portal user of that customer with wide access, all made through the API. Fuzzed requests use these ids,
 * so they reach real records and rules, not only "not found".
 */
import fc from 'fast-check';
import { DEFAULT_TEST_PASSWORD } from '../factories.js';
import { loginAs, type Session } from '../helpers.js';
import { API, created, fileTypeId, grant, inviteAndActivate, openStory, read, setAccess, staffMember, uniqueSuffix, uploaded, type Json, type PortalUser, type Story } from '../scenarios/story-kit.js';
import type { IdSource } from './schema-values.js';

export interface FuzzWorld {
  story: Story;
  admin: Session;
  adminLogin: { login: string; password: string };
  portal: PortalUser;
  /** Record ids by kind: `customers`, `sites`, …, `tasks`, `parts`. */
  ids: Record<string, string[]>;
  idSource: IdSource;
}

/** Which kind of record a field or parameter name refers to. */
const KIND_OF_NAME: Record<string, string> = {
  customerId: 'customers', siteId: 'sites', contactId: 'contacts', userId: 'users', submitterId: 'users', responsibleUserId: 'users',
  assigneeId: 'users', memberId: 'users', actorUserId: 'users', defaultResponsibleUserId: 'users', recipientUserId: 'users', placedByUserId: 'users',
  responsibleGroupId: 'staff-groups', defaultResponsibleGroupId: 'staff-groups', recipientGroupId: 'staff-groups',
  assetId: 'assets', rootAssetId: 'assets', under: 'assets', projectId: 'projects', workOrderId: 'work-orders', typeId: 'ticket-types',
  ticketTypeId: 'ticket-types', statusId: 'ticket-statuses', fileTypeId: 'file-types', flagId: 'flags', taskId: 'tasks', partId: 'parts',
  // The record a file or flag is attached to: assets most of all, so some uploads find their owner.
  resourceId: 'assets',
};

function idSourceOf(ids: Record<string, string[]>): IdSource {
  const everything = [...new Set(Object.values(ids).flat())];
  return (name) => {
    // Plural fields (assetIds) hold the same kind as their singular.
    const kind = KIND_OF_NAME[name] ?? KIND_OF_NAME[name.replace(/s$/, '')] ?? name;
    const known = ids[kind]?.length ? ids[kind]! : everything;
    return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.constantFrom(...everything) }, { weight: 1, arbitrary: fc.uuid() });
  };
}

export async function buildFuzzWorld(): Promise<FuzzWorld> {
  const story = await openStory();
  const admin = story.admin;
  const token = `Fuzz${uniqueSuffix()}`;
  const tech = await staffMember(admin, 'Fuzz Technician');
  const group = await created(admin, `${API}/staff-groups`, { name: `Fuzz group ${token}`, memberIds: [tech.id] });
  const flag = await created(admin, `${API}/flags`, { name: `Fuzz flag ${token}`, color: '#1c7ed6', customerVisible: true });
  const document = await created(admin, `${API}/documents`, { title: `Fuzz procedure ${token}`, kind: 'procedure', body: 'Steps.' });
  const certificate = await fileTypeId(admin, 'Certificate');
  const apiToken = await created(admin, `${API}/api-tokens`, { name: `Fuzz token ${token}` });
  const customer = await created(admin, `${API}/customers`, { name: `Customer ${token}`, email: `${token}@customer.test` });
  const child = await created(admin, `${API}/customers`, { name: `Child ${token}`, parentId: customer.id });
  const site = await created(admin, `${API}/sites`, { customerId: customer.id, name: `Site ${token}` });
  const contact = await created(admin, `${API}/contacts`, { customerId: customer.id, name: `Contact ${token}`, siteIds: [site.id] });
  const project = await created(admin, `${API}/projects`, { customerId: customer.id, siteId: site.id, name: `Project ${token}` });
  const asset = await created(admin, `${API}/assets`, { customerId: customer.id, siteId: site.id, name: `Asset ${token}` });
  const subAsset = await created(admin, `${API}/assets`, { customerId: customer.id, siteId: site.id, parentId: asset.id, name: `Sub-asset ${token}` });
  const workOrder = await created(admin, `${API}/work-orders`, { assetId: asset.id, projectId: project.id, title: `Work order ${token}`, assigneeIds: [tech.id] });
  const note = await created(admin, `${API}/work-orders/${workOrder.id}/notes`, { body: 'Public note', visibility: 'public' });
  const workOrderTask = await created(admin, `${API}/work-orders/${workOrder.id}/tasks`, { title: 'WO task' });
  const projectTask = await created(admin, `${API}/projects/${project.id}/tasks`, { title: 'Project task' });
  const part = await created(admin, `${API}/projects/${project.id}/parts`, { description: 'Part', quantity: 2 });
  const report = await created(admin, `${API}/projects/${project.id}/reports`, { title: 'Report' });
  const order = await created(admin, `${API}/orders`, { customerId: customer.id, siteId: site.id, title: `Order ${token}` });
  const orderTask = await created(admin, `${API}/orders/${order.id}/tasks`, { title: 'Order task' });
  const ticketType = await created(admin, `${API}/ticket-types`, { key: `type-${token.toLowerCase()}`, name: `Type ${token}`, customerId: customer.id });
  const ticket = await created(admin, `${API}/tickets`, { customerId: customer.id, siteId: site.id, assetId: asset.id, typeId: ticketType.id, title: `Ticket ${token}`, responsibleUserId: tech.id });
  const comment = await created(admin, `${API}/tickets/${ticket.id}/comments`, { body: 'Public comment', visibility: 'public' });
  const schedule = await created(admin, `${API}/schedule-entries`, { customerId: customer.id, siteId: site.id, title: `Visit ${token}`, startsAt: '2026-03-10T08:00:00.000Z', assetIds: [asset.id], assigneeIds: [tech.id] });
  await created(admin, `${API}/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: order.id });
  const file = await uploaded(admin, { resourceType: 'asset', resourceId: asset.id, fileTypeId: certificate, filename: `${token}.pdf`, content: `file of ${token}` });

  const portal = await inviteAndActivate(story, { email: `portal-${token}@customer.test`, displayName: 'Fuzz portal user', customerId: customer.id, roleTemplate: 'customer_admin' });
  const statuses: Json[] = (await read(admin, `${API}/ticket-statuses?limit=200`)).items;
  await setAccess(admin, portal.userId, {
    sitesRestricted: false,
    modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets', projects: 'all_in_scope', tickets: 'all_in_scope', orders: 'all_in_scope', schedule: 'assigned_only' },
    capabilities: { manageDevices: true, createTickets: true, ticketTypeIds: [ticketType.id], statusIds: statuses.map((s) => s.id), recipientUserIds: [tech.id], recipientGroupIds: [group.id], uploadFiles: true, customerAdmin: true },
  });
  await grant(admin, portal.userId, 'schedule_entry', schedule.id, 'assigned');
  const notifications = await story.app.ctx.db.selectFrom('notifications').select('id').execute();
  const audit: Json[] = (await read(admin, `${API}/audit-events?limit=5`)).items;
  const fileTypes: Json[] = (await read(admin, `${API}/file-types?limit=200`)).items;

  const ids: Record<string, string[]> = {
    customers: [customer.id, child.id], sites: [site.id], contacts: [contact.id], users: [tech.id, portal.userId, story.adminUserId],
    'staff-groups': [group.id], assets: [asset.id, subAsset.id], 'work-orders': [workOrder.id], projects: [project.id], orders: [order.id],
    flags: [flag.id], 'ticket-types': [ticketType.id], 'ticket-statuses': statuses.map((s) => s.id), tickets: [ticket.id], 'schedule-entries': [schedule.id],
    documents: [document.id], 'file-types': fileTypes.map((t) => t.id), files: [file.id], 'audit-events': audit.map((e) => e.id),
    notifications: notifications.map((n) => n.id), 'api-tokens': [apiToken.id], tasks: [workOrderTask.id, projectTask.id, orderTask.id], parts: [part.id],
    notes: [note.id], reports: [report.id], comments: [comment.id],
  };
  const me = await read(admin, `${API}/me`);
  return { story, admin, adminLogin: { login: me.login, password: DEFAULT_TEST_PASSWORD }, portal, ids, idSource: idSourceOf(ids) };
}

/** A fresh session for a user whose session a fuzzed request ended (a sign-out). */
export async function signInAgain(world: FuzzWorld, who: 'admin' | 'portal'): Promise<Session> {
  const { login, password } = who === 'admin' ? world.adminLogin : world.portal;
  return loginAs(world.story.app, login, password);
}
