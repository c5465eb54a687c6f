/**
 * The authorization matrix (SPEC §2 "rules that always hold", §7): every route of the OpenAPI document that
 * reads or takes an id × every principal (six portal users of A with different access, a staff preview of
 * each of them, a staff technician, a staff coordinator, nobody) × every record of the world (A's inside and outside each
 * principal's scope, B's, configuration).
 * Each case's expected outcome comes from expected-access.ts and route-rules.ts — the rules stated again,
 * never the product's policy code — and every unexpected allow or deny is listed. Outcomes:
 * visible and allowed → 2xx; invisible or nonexistent → the same 404; visible but not allowed → 403;
 * anonymous → 401. Lists must hold exactly the visible records (list and detail agree).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, NONEXISTENT_ID, errorOf, listIds, openStory, read, type Json, type Reply, type Story } from '../scenarios/story-kit.js';
import { seedAuthorizationWorld, type AuthorizationWorld, type Principal } from './authorization-world.js';
import { Catalogue, portalSees, staffSees, type Thing } from './expected-access.js';
import { collectionOf, routesOf, writeBody, type Route } from './openapi-routes.js';
import { LIST_KINDS, ROUTE_RULES, UNCOVERED_COLLECTIONS, staffRoleMay, type Outcome, type RouteRule } from './route-rules.js';

let s: Story;
let world: AuthorizationWorld;
let catalogue: Catalogue;
let routes: Route[];

beforeAll(async () => {
  s = await openStory();
  world = await seedAuthorizationWorld(s);
  catalogue = new Catalogue(world.things);
  routes = routesOf(await read(s.admin, `${API}/openapi.json`));
}, 120_000);
afterAll(() => s.close());

function sees(principal: Principal, thing: Thing): boolean {
  return principal.profile ? portalSees(catalogue, principal.profile, thing) : staffSees(thing, principal.name);
}

/**
 * The outcome the rules give. `twinOf`: when the caller must not learn whether a record exists, the id that,
 * replaced by a nonexistent one, must give the very same answer (status, code, message).
 */
function expected(principal: Principal, rule: RouteRule, thing: Thing): { want: Outcome; twinOf?: string } {
  if (principal.kind === 'anonymous') return { want: 'unauthenticated', twinOf: thing.id };
  const profile = principal.profile;
  const visible = sees(principal, thing);
  if (profile && rule.portalDoor && !rule.portalDoor(profile)) return { want: 'forbidden', ...(visible ? {} : { twinOf: thing.id }) };
  if (!visible) return { want: 'hidden', twinOf: thing.id };
  if (rule.alsoReads && !sees(principal, catalogue.get(rule.alsoReads))) return { want: 'hidden', twinOf: catalogue.get(rule.alsoReads).id };
  if (profile && rule.hiddenFromPortal) return { want: 'hidden', twinOf: thing.id };
  const allowed = profile ? rule.portal(profile, thing) : staffRoleMay(rule, principal.kind as 'technician' | 'coordinator', thing);
  if ((allowed || rule.recordFirst) && rule.appliesTo && !rule.appliesTo(thing)) return { want: 'hidden' };
  return { want: allowed ? 'ok' : 'forbidden' };
}

/** What a response means; writes that pass the access checks may still meet a business rule (409, 422). */
function outcomeOf(method: Route['method'], response: Reply): Outcome | string {
  const status = response.statusCode;
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'hidden';
  if (status >= 200 && status < 300) return 'ok';
  if (method !== 'get' && (status === 409 || status === 422)) return 'ok';
  return `status ${status}`;
}

function send(principal: Principal, method: Route['method'], url: string, payload?: object): Promise<Reply> {
  const options = { method: method.toUpperCase() as 'GET', url, ...(payload ? { payload } : {}) };
  return principal.session ? principal.session.inject(options) : s.app.inject(options);
}

/** The url of an `{id}` route for a thing, with its nested ids; null when the thing has no such sub-record. */
function urlFor(route: Route, thing: Thing): string | null {
  const A = world.A;
  const values: Record<string, string | undefined> = {
    id: thing.id,
    taskId: thing.nested?.taskId,
    partId: thing.nested?.partId,
    // Assignments of a flag (to A's order, made by the seeding) and grants of a user (on A's asset, made by the matrix's own POST).
    resourceType: route.path.startsWith(`${API}/users`) ? 'asset' : 'order',
    resourceId: route.path.startsWith(`${API}/users`) ? A.asset.id : A.order.id,
    customerId: thing.customer ? catalogue.get(thing.customer).id : A.customer.id,
  };
  let url = route.path;
  for (const param of route.pathParams) {
    const value = values[param];
    if (!value) return null;
    url = url.replace(`{${param}}`, value);
  }
  if (route.path.endsWith('/explain')) url += `?resourceType=asset&resourceId=${A.asset.id}`;
  return url;
}

class Tally {
  cases = 0;
  readonly failures: string[] = [];
  /** How many cases expected each outcome, so the log shows the matrix is not all one answer. */
  readonly expectedCounts: Record<string, number> = {};
  check(what: string, want: Outcome | boolean, got: Outcome | string | boolean) {
    this.cases++;
    const bucket = want === true ? 'listed' : want === false ? 'not listed' : want;
    this.expectedCounts[bucket] = (this.expectedCounts[bucket] ?? 0) + 1;
    if (want !== got) this.failures.push(`${what}: expected ${want}, got ${got}`);
  }
}

/** Every `{id}` route × principal × record of the route's kind. */
async function idRouteCases(tally: Tally, method: Route['method'], afterEach?: (response: Reply) => Promise<void>) {
  for (const route of routes.filter((r) => r.method === method && r.pathParams.includes('id'))) {
    if (UNCOVERED_COLLECTIONS.includes(collectionOf(route.path))) continue;
    const key = `${method.toUpperCase()} ${route.path.replace(API, '')}`;
    const rule = ROUTE_RULES[key];
    if (!rule) {
      tally.failures.push(`${key}: not classified in route-rules.ts`);
      continue;
    }
    const things = catalogue.things.filter((t) => t.kind === rule.kind && (method === 'get' || t.kind !== 'user' || t.writable));
    const body = method === 'get' ? undefined : writeBody(route, { orderId: world.A.order.id, assetId: world.A.asset.id });
    for (const principal of world.principals) {
      const twins = new Map<string, Json>();
      for (const thing of things) {
        const url = urlFor(route, thing);
        if (!url) continue;
        // A preview refuses every write before looking at the record, so for a missing one alike.
        const { want, twinOf } = principal.preview && method !== 'get' ? { want: 'forbidden' as const, twinOf: thing.id } : expected(principal, rule, thing);
        const response = await send(principal, method, url, body);
        let got = outcomeOf(method, response);
        // A refusal must not tell an existing record from a missing one: the same answer as for a nonexistent id.
        if (twinOf && got === want && want !== 'ok') {
          const twinUrl = url.split(twinOf).join(NONEXISTENT_ID);
          if (!twins.has(twinUrl)) twins.set(twinUrl, errorOf(await send(principal, method, twinUrl, body)));
          if (JSON.stringify(errorOf(response)) !== JSON.stringify(twins.get(twinUrl))) got = `a ${response.statusCode} unlike a nonexistent id's (${response.body})`;
        }
        tally.check(`${principal.name} ${key} ${thing.label}`, want, got === 'ok' || got === want ? got : `${got} ${response.body.slice(0, 160)}`);
        if (afterEach && response.statusCode < 300) await afterEach(response);
      }
    }
  }
}

/** Lists that take a `customerId` filter: asking for one customer narrows to it, never widens. */
const CUSTOMER_FILTERED = ['/sites', '/contacts', '/assets', '/work-orders', '/projects', '/orders', '/tickets', '/schedule-entries', '/files'];

/**
 * Every list route × principal × record of its kind: listed exactly when visible (and not archived) — so a
 * list and the single read agree — plain and filtered by each customer of the world.
 */
async function listCases(tally: Tally) {
  const customers = catalogue.things.filter((t) => t.kind === 'customer');
  for (const [list, kind] of Object.entries(LIST_KINDS)) {
    const detail = ROUTE_RULES[`GET ${list}/{id}`];
    const things = catalogue.things.filter((t) => t.kind === kind);
    const filters: (Thing | null)[] = [null, ...(CUSTOMER_FILTERED.includes(list) ? customers : [])];
    for (const principal of world.principals) {
      for (const filter of filters) {
        const url = filter ? `${API}${list}?customerId=${filter.id}` : `${API}${list}`;
        const response = await send(principal, 'get', `${url}${filter ? '&' : '?'}limit=1`);
        const listed = response.statusCode === 200 ? await listIds(principal.session!, url) : [];
        for (const thing of things) {
          const what = `${principal.name} GET ${list}${filter ? ` of ${filter.label}` : ''} lists ${thing.label}`;
          if (principal.kind === 'anonymous') tally.check(what, 'unauthenticated', outcomeOf('get', response));
          else if ((principal.kind === 'technician' || principal.kind === 'coordinator') && detail && !staffRoleMay(detail, principal.kind, thing)) tally.check(what, 'forbidden', outcomeOf('get', response));
          // A portal user refused a whole back-office list (403) is shown nothing of it either.
          else if (response.statusCode !== 200 && !(response.statusCode === 403 && principal.kind === 'portal')) tally.check(what, 'ok', `status ${response.statusCode}`);
          else tally.check(what, !thing.archived && sees(principal, thing) && (!filter || thing.customer === filter.label), listed.includes(thing.id));
        }
      }
    }
  }
}

const ARCHIVABLE = ['customers', 'sites', 'contacts', 'assets', 'work_orders', 'projects', 'orders', 'tickets', 'schedule_entries', 'files', 'documents', 'flags', 'ticket_types', 'file_types', 'staff_groups'];

/**
 * Archives made by allowed DELETEs are undone straight in the database (the API has no un-archive), so every
 * principal meets the same world whatever order the cases run in.
 */
async function archivedNow(): Promise<Map<string, Set<string>>> {
  const archived = new Map<string, Set<string>>();
  for (const table of ARCHIVABLE) {
    const rows = await sql<{ id: string }>`select id from ${sql.table(table)} where archived_at is not null`.execute(s.app.ctx.db);
    archived.set(table, new Set(rows.rows.map((r) => r.id)));
  }
  return archived;
}

async function restoreArchived(original: Map<string, Set<string>>) {
  for (const [table, ids] of await archivedNow()) {
    for (const id of ids) if (!original.get(table)!.has(id)) await sql`update ${sql.table(table)} set archived_at = null where id = ${id}`.execute(s.app.ctx.db);
  }
}

/** Sub-records an allowed DELETE removes for good; put back after each, so the next principal finds them too. */
const HARD_DELETED: Record<string, string[]> = {
  work_order_tasks: ['id'],
  project_tasks: ['id'],
  order_tasks: ['id'],
  project_parts: ['id'],
  access_grants: ['id'],
  flag_assignments: ['resource_type', 'resource_id', 'flag_id'],
  ticket_routes: ['ticket_type_id', 'customer_id'],
  ticket_followers: ['ticket_id', 'user_id'],
};

/** Each table's rows by primary key. */
async function rowsNow(): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const tables = new Map<string, Map<string, Record<string, unknown>>>();
  for (const [table, key] of Object.entries(HARD_DELETED)) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(s.app.ctx.db);
    tables.set(table, new Map(rows.rows.map((row) => [key.map((column) => row[column]).join('|'), row])));
  }
  return tables;
}

async function restoreDeleted(original: Map<string, Map<string, Record<string, unknown>>>) {
  for (const [table, rows] of await rowsNow()) {
    for (const [key, row] of original.get(table)!) {
      if (rows.has(key)) continue;
      const columns = Object.keys(row);
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values (${sql.join(columns.map((c) => row[c]))})`.execute(s.app.ctx.db);
    }
  }
}

describe('authorization matrix: route × principal × object', () => {
  it('every case answers what the rules say: no unexpected allow, no unexpected deny', async () => {
    const tally = new Tally();
    await idRouteCases(tally, 'get');
    await listCases(tally);
    const original = await archivedNow();
    for (const method of ['post', 'put', 'patch'] as const) await idRouteCases(tally, method);
    const rows = await rowsNow();
    await idRouteCases(tally, 'delete', async () => {
      await restoreArchived(original);
      await restoreDeleted(rows);
    });
    console.log(`${tally.cases} authorization cases (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}), ${tally.failures.length} unexpected; expected ${JSON.stringify(tally.expectedCounts)}`);
    expect(tally.failures).toEqual([]);
    expect(tally.cases).toBeGreaterThanOrEqual(5000);
    // Every kind of answer is exercised many times over.
    for (const bucket of ['ok', 'hidden', 'forbidden', 'unauthenticated', 'listed', 'not listed']) expect(tally.expectedCounts[bucket], bucket).toBeGreaterThan(100);
  }, 300_000);
});
