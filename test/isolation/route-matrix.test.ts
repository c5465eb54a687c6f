/**
 * The isolation matrix (SPEC §2 "rules that always hold", §7 "zero cross-customer leaks"): two customers,
 * A and B, each a consolidated account with a child customer and one record of every type. A portal user of
 * A with the widest access there is (every mode all-in-scope, every capability, customer admin, grants on
 * A's records of every grantable type) calls every GET route of the API — the route list is read from the
 * OpenAPI document, so a new route is covered (or the test fails until it is classified) — with B's ids in
 * the path and in every id-valued query parameter. Nothing of B may ever appear in a body, and a B id in the
 * path must answer exactly what a nonexistent id answers. The same holds for every write route taking an id,
 * and for writes that merely reference B's records; afterwards B's records are unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../helpers.js';
import {
  API,
  NONEXISTENT_ID,
  errorOf,
  grant,
  inviteAndActivate,
  listIds,
  read,
  setAccess,
  startPreview,
  openStory,
  upload,
  type Json,
  type PortalUser,
  type Reply,
  type Story,
} from '../scenarios/story-kit.js';
import { collectionOf, enumValues, routesOf, writeBody, type Route } from './openapi-routes.js';
import { FILE_OWNER_TYPES, idsOf, seedSharedConfig, seedTenant, type SharedConfig, type Tenant } from './tenant-world.js';

type Caller = Pick<Session, 'get' | 'post' | 'patch' | 'put' | 'delete' | 'inject'>;

let s: Story;
let admin: Session;
let shared: SharedConfig;
let A: Tenant;
let B: Tenant;
let principal: PortalUser;
let openapi: Json;

/** Which of B's ids stand in for the `{id}` of each collection, and which collections are not customer data. */
function idsForCollection(collection: string): string[] | 'global' {
  switch (collection) {
    case 'customers':
      return [B.customer.id, B.child.id];
    case 'sites':
      return [B.site.id, B.childSite.id];
    case 'contacts':
      return [B.contact.id];
    case 'users':
      return [B.user.id];
    case 'assets':
      return [B.asset.id, B.childAsset.id, B.device.id, B.archivedAsset.id];
    case 'work-orders':
      return [B.workOrder.id];
    case 'projects':
      return [B.project.id];
    case 'orders':
      return [B.order.id, B.childOrder.id];
    case 'tickets':
      return [B.ticket.id];
    case 'ticket-types':
      return [B.ticketType.id];
    case 'schedule-entries':
      return [B.schedule.id];
    case 'files':
      return Object.values(B.files).map((f) => f.id);
    case 'audit-events':
      return [B.auditEventId];
    case 'mail-outbox':
      return [B.invitationMail.id];
    case 'notifications':
      return [B.notification.id];
    // Back-office configuration and internal records: never customer data, and never for portal users.
    case 'documents':
      return [shared.document.id];
    case 'staff-groups':
      return [shared.group.id];
    case 'flags':
      return [shared.internalFlag.id];
    case 'file-types':
      return [shared.internalType];
    case 'api-tokens':
      return [shared.apiToken.id];
    case 'webhooks':
      return [shared.webhook.id];
    // Shared configuration every portal user may read (ticket workflow statuses): nothing of B in it.
    case 'ticket-statuses':
      return 'global';
    default:
      throw new Error(`unclassified collection "${collection}": add it to the isolation matrix`);
  }
}

/** The B ids worth trying for an id-valued query parameter (all of them when the name is not known). */
function idsForQueryParam(name: string): string[] {
  const all = Object.values(idsOf(B));
  const known: Record<string, string[]> = {
    customerId: [B.customer.id, B.child.id],
    siteId: [B.site.id, B.childSite.id],
    parentId: [B.customer.id, B.child.id, B.site.id, B.asset.id],
    under: [B.asset.id, B.childAsset.id],
    assetId: [B.asset.id, B.childAsset.id, B.device.id],
    typeId: [B.ticketType.id],
    submitterId: [B.user.id],
    memberId: [B.user.id],
  };
  return known[name] ?? all;
}

/** Values for required query parameters, chosen so B's records would fall inside (B's visit is in March 2026). */
// "Who can see" is back-office only: a portal user is refused before the record is looked at.
const REQUIRED_QUERY_VALUES: Record<string, string> = { from: '2026-01-01', to: '2026-12-31', resourceType: 'asset', resourceId: NONEXISTENT_ID };

/** Anything of B in a response body: an id or the token B's names, numbers and file contents carry. */
function leaksOf(response: Reply): string[] {
  const body = response.body;
  const found = Object.entries(idsOf(B)).filter(([, id]) => body.includes(id)).map(([label]) => label);
  if (body.includes(B.token)) found.push(`token ${B.token}`);
  return found;
}

async function compareWithNonexistent(caller: Caller, method: Route['method'], url: string, bId: string, payload?: object): Promise<string | null> {
  const send = (target: string) => caller.inject({ method: method.toUpperCase() as 'GET', url: target, ...(payload ? { payload } : {}) });
  const actual = await send(url);
  const twin = await send(url.split(bId).join(NONEXISTENT_ID));
  const problems: string[] = [];
  if (actual.statusCode < 400) problems.push(`answered ${actual.statusCode}`);
  if (JSON.stringify(errorOf(actual)) !== JSON.stringify(errorOf(twin))) problems.push(`differs from a nonexistent id: ${JSON.stringify(errorOf(actual))} vs ${JSON.stringify(errorOf(twin))}`);
  const leaks = leaksOf(actual);
  if (leaks.length) problems.push(`body shows ${leaks.join(', ')}`);
  return problems.length ? `${method.toUpperCase()} ${url}: ${problems.join('; ')}` : null;
}

/** What must be true of a list (or other no-id) GET: 200 without B, or the same error a nonexistent id gets. */
async function checkListCall(caller: Caller, url: string, bId?: string): Promise<string | null> {
  const response = await caller.get(url);
  if (response.statusCode === 200) {
    const leaks = leaksOf(response);
    return leaks.length ? `GET ${url}: body shows ${leaks.join(', ')}` : null;
  }
  if (!bId) return response.statusCode >= 500 ? `GET ${url}: answered ${response.statusCode}` : null;
  const twin = await caller.get(url.split(bId).join(NONEXISTENT_ID));
  return JSON.stringify(errorOf(response)) === JSON.stringify(errorOf(twin)) ? null : `GET ${url}: ${JSON.stringify(errorOf(response))} differs from ${JSON.stringify(errorOf(twin))}`;
}

function idRouteUrl(route: Route, id: string): string {
  let url = route.path.replace('{id}', id);
  // The explain route needs to know which record to explain: one of A's, so only the user id is B's.
  if (route.path.endsWith('/explain')) url += `?resourceType=asset&resourceId=${A.asset.id}`;
  return url;
}

/**
 * Public lookups by a code printed on paper, answered the same to everyone and holding no customer data
 * (service-reports.test.ts checks the answer is exactly issued, code, hash and date).
 */
const PUBLIC_LOOKUPS = ['/api/v1/verify/{code}'];

/** Runs the whole GET matrix for one caller; returns every failing cell. */
async function readMatrix(caller: Caller): Promise<{ failures: string[]; cells: number }> {
  const failures: string[] = [];
  let cells = 0;
  const record = (problem: string | null) => {
    cells++;
    if (problem) failures.push(problem);
  };
  for (const route of routesOf(openapi).filter((r) => r.method === 'get')) {
    if (PUBLIC_LOOKUPS.includes(route.path)) continue;
    const extra = route.pathParams.filter((p) => p !== 'id');
    if (extra.length) {
      failures.push(`GET ${route.path}: path parameters ${extra.join(', ')} are not covered by the matrix`);
      continue;
    }
    if (route.pathParams.includes('id')) {
      const ids = idsForCollection(collectionOf(route.path));
      if (ids === 'global') continue;
      for (const id of ids) record(await compareWithNonexistent(caller, 'get', idRouteUrl(route, id), id));
      continue;
    }
    // A list (or /me, /health): plain, searched for B's token, with archived records, and with every id-valued filter set to B's ids.
    const unknownRequired = route.query.filter((q) => q.required && !(q.name in REQUIRED_QUERY_VALUES)).map((q) => q.name);
    if (unknownRequired.length) {
      failures.push(`GET ${route.path}: required query parameters ${unknownRequired.join(', ')} have no value in the matrix`);
      continue;
    }
    const required = route.query.filter((q) => q.required).map((q) => `${q.name}=${REQUIRED_QUERY_VALUES[q.name]}`);
    const listUrl = (...extra: string[]) => (required.length + extra.length ? `${route.path}?${[...required, ...extra].join('&')}` : route.path);
    record(await checkListCall(caller, listUrl()));
    const names = route.query.map((q) => q.name);
    if (names.includes('q')) record(await checkListCall(caller, listUrl(`q=${B.token}`)));
    if (names.includes('includeArchived')) record(await checkListCall(caller, listUrl('includeArchived=true')));
    const resourceTypes = enumValues(route.query.find((q) => q.name === 'resourceType')?.schema);
    for (const param of route.query) {
      const idValued = param.schema?.format === 'uuid' || /Id$/.test(param.name);
      if (!idValued) continue;
      for (const id of idsForQueryParam(param.name)) {
        if (param.name === 'resourceId' && resourceTypes.length) {
          for (const type of resourceTypes) record(await checkListCall(caller, listUrl(`resourceType=${type}`, `resourceId=${id}`), id));
        } else {
          record(await checkListCall(caller, listUrl(`${param.name}=${id}`), id));
          if (names.includes('includeArchived')) record(await checkListCall(caller, listUrl(`${param.name}=${id}`, 'includeArchived=true'), id));
        }
      }
    }
  }
  return { failures, cells };
}

/** The state of every B record as staff see it, to prove that no write of A changed anything. */
async function snapshotOfB(): Promise<Record<string, string>> {
  const urls = [
    `/customers/${B.customer.id}`, `/customers/${B.child.id}`, `/sites/${B.site.id}`, `/sites/${B.childSite.id}`, `/contacts/${B.contact.id}`, `/users/${B.user.id}`,
    `/users/${B.user.id}/access`, `/users/${B.user.id}/grants`, `/users/${B.user.id}/invitation`,
    `/assets/${B.asset.id}`, `/assets/${B.childAsset.id}`, `/assets/${B.device.id}`, `/assets/${B.archivedAsset.id}`,
    `/work-orders/${B.workOrder.id}`, `/work-orders/${B.workOrder.id}/notes`, `/work-orders/${B.workOrder.id}/tasks`,
    `/projects/${B.project.id}`, `/projects/${B.project.id}/tasks`, `/projects/${B.project.id}/parts`, `/projects/${B.project.id}/reports`, `/projects/${B.project.id}/devices`,
    `/orders/${B.order.id}`, `/orders/${B.childOrder.id}`, `/orders/${B.order.id}/tasks`, `/orders/${B.order.id}/approvals`, `/ticket-types/${B.ticketType.id}`,
    `/tickets/${B.ticket.id}`, `/tickets/${B.ticket.id}/comments`, `/schedule-entries/${B.schedule.id}`,
    `/files?customerId=${B.customer.id}&includeArchived=true&limit=200`, `/assets?customerId=${B.customer.id}&includeArchived=true&limit=200`,
    `/documents/${shared.document.id}`, `/staff-groups/${shared.group.id}`, `/flags/${shared.internalFlag.id}`, `/file-types/${shared.internalType}`,
    `/api-tokens?limit=200`,
  ];
  const snapshot: Record<string, string> = {};
  for (const url of urls) snapshot[url] = (await admin.get(`${API}${url}`)).body;
  return snapshot;
}

beforeAll(async () => {
  s = await openStory();
  admin = s.admin;
  shared = await seedSharedConfig(s);
  A = await seedTenant(s, shared, 'Alpha');
  B = await seedTenant(s, shared, 'Bravo');

  // The principal: A's portal user with every mode all-in-scope, every capability, and grants on A's records of every type.
  principal = await inviteAndActivate(s, { email: `admin-${A.token}@customer.test`, displayName: 'A power user', customerId: A.customer.id, roleTemplate: 'customer_admin' });
  const types = (await read(admin, `${API}/ticket-types?limit=200&customerId=${A.customer.id}`)).items.map((t: Json) => t.id);
  const statuses = (await read(admin, `${API}/ticket-statuses?limit=200`)).items.map((t: Json) => t.id);
  await setAccess(admin, principal.userId, {
    sitesRestricted: false,
    modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets', projects: 'all_in_scope', tickets: 'all_in_scope', orders: 'all_in_scope', schedule: 'assigned_only' },
    capabilities: { manageDevices: true, createTickets: true, ticketTypeIds: types, statusIds: statuses, recipientUserIds: [shared.tech.id], recipientGroupIds: [shared.group.id], uploadFiles: true, customerAdmin: true, approve: true },
  });
  await grant(admin, principal.userId, 'asset', A.asset.id, 'visible');
  await grant(admin, principal.userId, 'project', A.project.id, 'visible', false);
  await grant(admin, principal.userId, 'work_order', A.workOrder.id, 'assigned');
  await grant(admin, principal.userId, 'order', A.order.id, 'visible');
  await grant(admin, principal.userId, 'ticket', A.ticket.id, 'visible');
  await grant(admin, principal.userId, 'schedule_entry', A.schedule.id, 'assigned');
  openapi = await read(admin, `${API}/openapi.json`);
}, 120_000);
afterAll(() => s.close());

describe('isolation matrix: a portal user of A never reaches anything of B', () => {
  it('control: the principal does see A’s records of every type (the matrix is not vacuous)', async () => {
    const session = principal.session;
    const shown: [string, string][] = [
      ['/customers', A.customer.id], ['/customers', A.child.id], ['/sites', A.site.id], ['/sites', A.childSite.id], ['/contacts', A.contact.id], ['/users', A.user.id],
      ['/assets', A.asset.id], ['/assets', A.childAsset.id], ['/assets', A.device.id], ['/work-orders', A.workOrder.id], ['/projects', A.project.id],
      ['/orders', A.order.id], ['/orders', A.childOrder.id], ['/tickets', A.ticket.id], ['/ticket-types', A.ticketType.id], ['/schedule-entries', A.schedule.id],
      ...Object.values(A.files).map((f): [string, string] => ['/files', f.id]),
    ];
    for (const [collection, id] of shown) {
      expect((await session.get(`${API}${collection}/${id}`)).statusCode, `${collection}/${id}`).toBe(200);
      expect(await listIds(session, `${API}${collection}`), collection).toContain(id);
    }
    for (const sub of ['devices', 'tasks', 'parts', 'reports']) expect(await listIds(session, `${API}/projects/${A.project.id}/${sub}`), sub).not.toHaveLength(0);
    expect(await listIds(session, `${API}/work-orders/${A.workOrder.id}/notes`)).toEqual([A.note.id]);
    expect(await listIds(session, `${API}/tickets/${A.ticket.id}/comments`)).toEqual([A.comment.id]);
    expect((await session.get(`${API}/files/${A.files.order.id}/content`)).body).toBe(`file of ${A.token} on order`);
  });

  it('every GET route, with B’s ids in the path and in every id-valued filter: nothing of B, and B’s ids answer like nonexistent ones', async () => {
    const { failures, cells } = await readMatrix(principal.session);
    expect(cells).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 600_000);

  it('self-test: run as staff, who do see B, the same matrix reports B on every customer-data route', async () => {
    const { failures } = await readMatrix(admin);
    for (const collection of ['customers', 'sites', 'contacts', 'users', 'assets', 'work-orders', 'projects', 'orders', 'tickets', 'ticket-types', 'schedule-entries', 'files']) {
      expect(failures.some((f) => f.startsWith(`GET ${API}/${collection}/`)), `single reads of ${collection}`).toBe(true);
      expect(failures.some((f) => f.startsWith(`GET ${API}/${collection}:`) || f.startsWith(`GET ${API}/${collection}?`)), `list of ${collection}`).toBe(true);
    }
    expect(failures.some((f) => f.startsWith(`GET ${API}/mail-outbox/`)), 'single reads of the mail log').toBe(true);
    // Routes with required query parameters are really exercised (with B inside their window).
    expect(failures.some((f) => f.startsWith(`GET ${API}/schedule-entries/occurrences?from=`)), 'schedule occurrences').toBe(true);
  }, 600_000);

  it('the same matrix through a staff preview of that user', async () => {
    const preview = await startPreview(s.app, admin, principal.userId);
    const { failures } = await readMatrix(preview.session);
    expect(failures).toEqual([]);
    expect((await preview.session.delete(`${API}/preview`)).statusCode).toBe(204);
  }, 600_000);

  it('counts (the asset overview) cover exactly the records the lists show: B adds nothing, asking for B gives zero', async () => {
    // Counts carry no ids, so the leak search of the matrix cannot see them; compare them with the list instead.
    const session = principal.session;
    const overview = async (query: string) => read(session, `${API}/assets/overview${query}`);
    expect((await overview('')).total).toBe((await listIds(session, `${API}/assets`)).length);
    expect((await overview('')).total).toBeGreaterThan(0);
    expect((await overview(`?customerId=${B.customer.id}`)).total).toBe(0);
    expect((await overview(`?siteId=${B.site.id}`)).total).toBe(0);
    expect((await read(admin, `${API}/assets/overview?customerId=${B.customer.id}`)).total).toBeGreaterThan(0);
  });

  it('every write route taking an id answers B’s ids like nonexistent ones, and B is unchanged afterwards', async () => {
    const before = await snapshotOfB();
    const failures: string[] = [];
    for (const route of routesOf(openapi).filter((r) => r.method !== 'get')) {
      if (!route.pathParams.includes('id')) continue;
      const extra = route.pathParams.filter((p) => p !== 'id');
      const ids = idsForCollection(collectionOf(route.path));
      if (ids === 'global') continue;
      for (const id of ids) {
        let url = route.path.replace('{id}', id);
        // Nested ids (a task, a part, a grant): B's own, so only the parent decides.
        for (const param of extra) {
          const value: Record<string, string> = { taskId: B.projectTask.id, partId: B.part.id, resourceType: 'order', resourceId: B.order.id };
          if (route.path.startsWith(`${API}/orders`) && param === 'taskId') value.taskId = B.orderTask.id;
          if (route.path.startsWith(`${API}/work-orders`) && param === 'taskId') value.taskId = B.workOrderTask.id;
          if (route.path.startsWith(`${API}/users`) && param === 'resourceType') value.resourceType = 'asset';
          if (route.path.startsWith(`${API}/users`) && param === 'resourceId') value.resourceId = B.asset.id;
          url = url.replace(`{${param}}`, value[param] ?? NONEXISTENT_ID);
        }
        const problem = await compareWithNonexistent(principal.session, route.method, url, id, writeBody(route, { orderId: A.order.id, assetId: A.asset.id }));
        if (problem) failures.push(problem);
      }
    }
    expect(failures).toEqual([]);
    const after = await snapshotOfB();
    for (const [url, body] of Object.entries(before)) expect(after[url], `B changed: ${url}`).toBe(body);
  }, 600_000);

  it('writes that merely reference B’s records are refused like references to nothing, and create nothing', async () => {
    const session = principal.session;
    const serviceRequest = (await read(admin, `${API}/ticket-types?limit=200`)).items.find((t: Json) => t.key === 'service_request').id;
    const attempts: [string, string, object, string][] = [
      ['POST', '/tickets', { customerId: B.customer.id, typeId: serviceRequest, title: 'x' }, B.customer.id],
      ['POST', '/tickets', { customerId: A.customer.id, siteId: B.site.id, typeId: serviceRequest, title: 'x' }, B.site.id],
      ['POST', '/tickets', { customerId: A.customer.id, assetId: B.asset.id, typeId: serviceRequest, title: 'x' }, B.asset.id],
      ['POST', '/tickets', { customerId: A.customer.id, typeId: B.ticketType.id, title: 'x' }, B.ticketType.id],
      ['POST', '/assets', { customerId: B.customer.id, name: 'x' }, B.customer.id],
      ['POST', '/assets', { customerId: A.customer.id, parentId: B.asset.id, name: 'x' }, B.asset.id],
      ['POST', '/assets', { customerId: A.customer.id, siteId: B.site.id, name: 'x' }, B.site.id],
      ['POST', '/assets', { customerId: A.customer.id, projectId: B.project.id, name: 'x' }, B.project.id],
      ['PATCH', `/assets/${A.asset.id}`, { parentId: B.asset.id }, B.asset.id],
      ['PATCH', `/assets/${A.asset.id}`, { siteId: B.site.id }, B.site.id],
      ['PATCH', `/tickets/${A.ticket.id}`, { assetId: B.asset.id }, B.asset.id],
      ['POST', `/users/${A.user.id}/grants`, { resourceType: 'asset', resourceId: B.asset.id, kind: 'visible' }, B.asset.id],
      ['POST', `/users/${A.user.id}/grants/batch`, { grants: [{ resourceType: 'asset', resourceId: B.asset.id, kind: 'visible' }] }, B.asset.id],
      ['PUT', `/users/${A.user.id}/access`, { sites: [{ siteId: B.site.id, level: 'write' }] }, B.site.id],
    ];
    const failures: string[] = [];
    for (const [method, path, body, bId] of attempts) {
      const send = (payload: object) => session.inject({ method: method as 'POST', url: `${API}${path}`, payload });
      const actual = await send(body);
      const twin = await send(JSON.parse(JSON.stringify(body).split(bId).join(NONEXISTENT_ID)));
      if (actual.statusCode < 400) failures.push(`${method} ${path} with ${bId}: answered ${actual.statusCode}`);
      else if (JSON.stringify(errorOf(actual)) !== JSON.stringify(errorOf(twin))) failures.push(`${method} ${path}: ${JSON.stringify(errorOf(actual))} differs from ${JSON.stringify(errorOf(twin))}`);
    }
    for (const type of FILE_OWNER_TYPES) {
      const owner = type === 'customer' ? B.customer.id : type === 'site' ? B.site.id : (B as unknown as Record<string, Json>)[{ asset: 'asset', work_order: 'workOrder', project: 'project', order: 'order', ticket: 'ticket' }[type]].id;
      const actual = await upload(session, { resourceType: type, resourceId: owner, fileTypeId: shared.certificateType });
      const twin = await upload(session, { resourceType: type, resourceId: NONEXISTENT_ID, fileTypeId: shared.certificateType });
      if (actual.statusCode < 400 || JSON.stringify(errorOf(actual)) !== JSON.stringify(errorOf(twin))) failures.push(`upload to B's ${type}: ${actual.statusCode} ${actual.body}`);
    }
    expect(failures).toEqual([]);
    // Nothing of A now points at B.
    for (const url of ['/assets', '/tickets', '/files']) {
      const body = (await admin.get(`${API}${url}?customerId=${A.customer.id}&limit=200`)).body;
      for (const id of [B.asset.id, B.site.id, B.project.id, B.ticketType.id]) expect(body.includes(id), `${url} of A references ${id}`).toBe(false);
    }
  }, 120_000);

  it('grants cannot reach across customers, and the policy explains why B is out of reach', async () => {
    const grantable: [string, string][] = [['asset', B.asset.id], ['project', B.project.id], ['work_order', B.workOrder.id], ['order', B.order.id], ['ticket', B.ticket.id], ['schedule_entry', B.schedule.id]];
    for (const [resourceType, resourceId] of grantable) {
      const response = await admin.post(`${API}/users/${principal.userId}/grants`, { resourceType, resourceId, kind: 'visible' });
      expect(response.statusCode, `${resourceType}: ${response.body}`).toBe(422);
    }
    const explainable: [string, string][] = [...grantable, ['customer', B.customer.id], ['site', B.site.id], ['file', B.files.asset.id]];
    for (const [resourceType, resourceId] of explainable) {
      const verdict = await read(admin, `${API}/users/${principal.userId}/explain?resourceType=${resourceType}&resourceId=${resourceId}`);
      expect(verdict.visible, `${resourceType} ${resourceId}`).toBe(false);
    }
    expect(B.user.id).not.toBe(principal.userId);
  });
});
