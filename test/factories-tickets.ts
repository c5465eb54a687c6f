import { sql, type SqlBool } from 'kysely';
import type { App } from '../src/server/app.js';
import { newId } from '../src/server/db/ids.js';
import type { AccessScope } from '../src/server/modules/access/access-scope.js';
import type { ExternalPrincipal } from '../src/server/modules/access/principal.js';
import { createStaffUser, uniqueSuffix } from './factories.js';
import { loginAs, type Session } from './helpers.js';

/** Factories of the tickets, ticket types, schedule and documents tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked by the tests, not typed
type Reply = { statusCode: number; json(): any; body: string };
type Poster = { post(url: string, payload?: unknown): Promise<Reply> };
type Getter = { get(url: string): Promise<Reply> };

async function created(session: Poster, url: string, body: Record<string, unknown>) {
  const response = await session.post(url, body);
  if (response.statusCode !== 201) throw new Error(`POST ${url} failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

// Sites, assets and staff groups have their own modules; these tests write them straight to the database.
export async function insertSite(app: App, customerId: string, name = `Site ${uniqueSuffix()}`): Promise<string> {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('sites')
    .values({ id, customer_id: customerId, parent_id: null, path: `/${id}/`, kind: 'facility', name, street: null, postal_code: null, city: null, country: null, internal_notes: null, created_at: now, updated_at: now, archived_at: null })
    .execute();
  return id;
}

export async function insertAsset(app: App, customerId: string, options: { siteId?: string | null; archived?: boolean } = {}): Promise<string> {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('assets')
    .values({
      id,
      customer_id: customerId,
      site_id: options.siteId ?? null,
      parent_id: null,
      root_id: id,
      path: `/${id}/`,
      depth: 0,
      project_id: null,
      name: `Asset ${uniqueSuffix()}`,
      category: null,
      serial_number: null,
      manufacturer: null,
      model: null,
      status: 'active',
      next_due_date: null,
      last_service_date: null,
      custom_fields: '{}',
      internal_notes: null,
      created_at: now,
      updated_at: now,
      archived_at: options.archived ? now : null,
    })
    .execute();
  return id;
}

export async function insertStaffGroup(app: App, options: { archived?: boolean } = {}): Promise<string> {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('staff_groups')
    .values({ id, name: `Group ${uniqueSuffix()}`, created_at: now, updated_at: now, archived_at: options.archived ? now : null })
    .execute();
  return id;
}

/** A signed-in portal user with no access configured. */
export async function externalSession(app: App): Promise<{ userId: string; session: Session }> {
  const user = await createStaffUser(app, { role: 'technician' });
  await app.ctx.db.updateTable('users').set({ kind: 'external', role: null }).where('id', '=', user.user.id).execute();
  return { userId: user.user.id, session: await loginAs(app, user.login, user.password) };
}

/** A portal viewer whose policy lets it see every record: isolates audience rules from visibility rules. */
export function externalScopeSeeingAll(userId: string): AccessScope {
  const principal: ExternalPrincipal = { kind: 'external', userId, sessionId: null };
  return { principal, visible: () => () => sql<SqlBool>`1 = 1` };
}

/** Id of a ticket type (global by default) or status by its key. */
export async function ticketTypeId(session: Getter, key: string, customerId?: string): Promise<string> {
  const page = (await session.get(`/api/v1/ticket-types?limit=200${customerId ? `&customerId=${customerId}` : ''}`)).json();
  const type = page.items.find((t: { key: string; customerId: string | null }) => t.key === key && t.customerId === (customerId ?? null));
  if (!type) throw new Error(`no ticket type ${key}`);
  return type.id;
}

export async function ticketStatusId(session: Getter, key: string): Promise<string> {
  const page = (await session.get('/api/v1/ticket-statuses?limit=200&includeArchived=true')).json();
  const status = page.items.find((s: { key: string }) => s.key === key);
  if (!status) throw new Error(`no ticket status ${key}`);
  return status.id;
}

export async function createTicket(session: Poster & Getter, customerId: string, overrides: Record<string, unknown> = {}) {
  const typeId = overrides.typeId ?? (await ticketTypeId(session, 'service_request'));
  return created(session, '/api/v1/tickets', { customerId, typeId, title: `Ticket ${uniqueSuffix()}`, ...overrides });
}

export function createTicketType(session: Poster, overrides: Record<string, unknown> = {}) {
  return created(session, '/api/v1/ticket-types', { key: `type_${uniqueSuffix()}`, name: `Type ${uniqueSuffix()}`, ...overrides });
}

export function createScheduleEntry(session: Poster, customerId: string, overrides: Record<string, unknown> = {}) {
  return created(session, '/api/v1/schedule-entries', {
    customerId,
    title: `Visit ${uniqueSuffix()}`,
    kind: 'visit',
    startsAt: '2026-04-01T08:00:00.000Z',
    ...overrides,
  });
}

export function createDocument(session: Poster, overrides: Record<string, unknown> = {}) {
  return created(session, '/api/v1/documents', { title: `Procedure ${uniqueSuffix()}`, kind: 'procedure', body: 'Step 1.', ...overrides });
}
