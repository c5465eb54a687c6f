import { sql, type SqlBool } from 'kysely';
import type { App } from '../src/server/app.js';
import { newId } from '../src/server/db/ids.js';
import type { AccessScope } from '../src/server/modules/access/access-scope.js';
import type { ExternalPrincipal } from '../src/server/modules/access/principal.js';
import { createStaffUser, uniqueSuffix } from './factories.js';
import { loginAs, type Session } from './helpers.js';

type Poster = { post(url: string, payload?: unknown): Promise<{ statusCode: number; json(): unknown; body: string }> };

async function created<T>(response: Promise<{ statusCode: number; json(): unknown; body: string }>, what: string): Promise<T> {
  const res = await response;
  if (res.statusCode !== 201) throw new Error(`creating ${what} failed: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

export interface ProjectJson {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  name: string;
  progress: number;
  flags: { id: string; name: string; color: string; customerVisible: boolean }[];
  internalNotes?: string | null;
}
export interface OrderJson {
  id: string;
  number: string;
  customerId: string;
  title: string;
  placedByUserId: string | null;
  flags: ProjectJson['flags'];
  internalNotes?: string | null;
}
export interface FlagJson {
  id: string;
  name: string;
  color: string;
  nameTranslations: { en?: string; de?: string };
  customerVisible: boolean;
}

export function createProject(session: Poster, customerId: string, overrides: Record<string, unknown> = {}) {
  return created<ProjectJson>(session.post('/api/v1/projects', { customerId, name: `Project ${uniqueSuffix()}`, ...overrides }), 'a project');
}

export function createOrder(session: Poster, customerId: string, overrides: Record<string, unknown> = {}) {
  return created<OrderJson>(session.post('/api/v1/orders', { customerId, title: `Order ${uniqueSuffix()}`, ...overrides }), 'an order');
}

export function createFlag(session: Poster, overrides: Record<string, unknown> = {}) {
  return created<FlagJson>(session.post('/api/v1/flags', { name: `Flag ${uniqueSuffix()}`, color: '#ff8800', ...overrides }), 'a flag');
}

/** Sites are another module's; tests insert them straight into the table. */
export async function insertSite(app: App, customerId: string, name = `Site ${uniqueSuffix()}`): Promise<string> {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('sites')
    .values({ id, customer_id: customerId, parent_id: null, path: `/${id}/`, kind: 'facility', name, created_at: now, updated_at: now, archived_at: null })
    .execute();
  return id;
}

/** A top-level asset (device), optionally placed by a project; inserted straight into the table. */
export async function insertAsset(
  app: App,
  values: { customerId: string; projectId?: string | null; siteId?: string | null; name?: string; archived?: boolean },
): Promise<string> {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('assets')
    .values({
      id,
      customer_id: values.customerId,
      site_id: values.siteId ?? null,
      parent_id: null,
      root_id: id,
      path: `/${id}/`,
      depth: 0,
      project_id: values.projectId ?? null,
      name: values.name ?? `Device ${uniqueSuffix()}`,
      category: 'camera',
      serial_number: `SN-${uniqueSuffix()}`,
      status: 'active',
      custom_fields: '{}',
      created_at: now,
      updated_at: now,
      archived_at: values.archived ? now : null,
    })
    .execute();
  return id;
}

/** A signed-in portal user with no access configured (today's policy: sees nothing). */
export async function externalSession(app: App): Promise<{ userId: string; session: Session }> {
  const user = await createStaffUser(app, { role: 'technician' });
  await app.ctx.db.updateTable('users').set({ kind: 'external', role: null }).where('id', '=', user.user.id).execute();
  return { userId: user.user.id, session: await loginAs(app, user.login, user.password) };
}

/**
 * An external viewer whose (future) portal policy lets it see every record: isolates the audience rules
 * (internal fields, staff-only sub-resources, customer-visible flags) from the visibility rules.
 */
export function externalScopeSeeingAll(userId: string): AccessScope {
  const principal: ExternalPrincipal = { kind: 'external', userId, sessionId: null };
  return { principal, visible: () => () => sql<SqlBool>`1 = 1` };
}
