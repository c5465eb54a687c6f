/**
 * The vocabulary of the scenario stories (SPEC §5) and of the isolation matrix: staff set things up through
 * the API, invite portal users, follow the links in the mails they receive, and then the stories assert
 * exactly what each user sees. Everything goes through `app.inject`, the way the portal and integrators
 * call the API; only the mail outbox is read from the database (it stands in for the user's mailbox).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../../src/server/app.js';
import { buildTestApp, loginAs, sessionCookieOf, sessionFromCookie, type Session, type TestApp } from '../helpers.js';
import { createStaffUser, uniqueSuffix } from '../factories.js';
import { multipartBody } from '../factories-files.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted by the stories, not typed
export type Json = any;
export type Reply = LightMyRequestResponse;
export { uniqueSuffix };

export const API = '/api/v1';
/** A well-formed id no record has: the "nonexistent" twin every invisible read is compared with. */
export const NONEXISTENT_ID = '0190c7a0-0000-7000-8000-000000000000';
export const PUBLIC_URL = 'http://portico.test';

type Caller = Pick<Session, 'get' | 'post' | 'patch' | 'put' | 'delete' | 'inject'>;

export interface Story {
  t: TestApp;
  app: App;
  /** A staff administrator, signed in through the real login. */
  admin: Session;
  adminUserId: string;
  close(): Promise<void>;
}

/** A fresh app on a fresh database of the engine under test, with a signed-in staff admin. */
export async function openStory(): Promise<Story> {
  const t = await buildTestApp();
  const created = await createStaffUser(t.app, { role: 'admin' });
  const admin = await loginAs(t.app, created.login, created.password);
  return { t, app: t.app, admin, adminUserId: created.user.id, close: () => t.close() };
}

// ---------------------------------------------------------------------------------------------------
// Plain API calls

function withQuery(url: string, params: Record<string, string | number>): string {
  const entries = Object.entries(params);
  if (!entries.length) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${entries.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}`;
}

/** POST that must answer 201; returns the created resource. */
export async function created(session: Caller, url: string, body: object): Promise<Json> {
  const response = await session.post(url, body);
  if (response.statusCode !== 201) throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

/** GET that must answer 200; returns the body. */
export async function read(session: Caller, url: string): Promise<Json> {
  const response = await session.get(url);
  if (response.statusCode !== 200) throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

/** Every id of a list, following the cursor to the end (so nothing hides on a later page). */
export async function listIds(session: Caller, url: string, pageSize = 200): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const response = await session.get(withQuery(url, { limit: pageSize, ...(cursor ? { cursor } : {}) }));
    if (response.statusCode !== 200) throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body}`);
    const body = response.json();
    ids.push(...body.items.map((item: { id: string }) => item.id));
    cursor = body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error(`GET ${url}: more than 100 pages`);
}

export const sorted = (ids: readonly string[]) => [...ids].sort();

/** The list holds exactly these records, in any order. */
export async function expectListExactly(session: Caller, url: string, expected: readonly string[], because = url): Promise<void> {
  expect(sorted(await listIds(session, url)), because).toEqual(sorted(expected));
}

/** The error a caller gets, without the request id (which differs per request). */
export function errorOf(response: Reply): { status: number; code: string | undefined; message: string | undefined } {
  let body: Json = null;
  try {
    body = response.json();
  } catch {
    body = null;
  }
  return { status: response.statusCode, code: body?.error?.code, message: body?.error?.message };
}

/**
 * `url` (which contains `id`) answers exactly what the same url with a nonexistent id answers: same status,
 * same error code, same message — nothing tells an invisible record from a missing one.
 */
export async function expectSameAsNonexistent(session: Caller, url: string, id: string, status = 404): Promise<void> {
  expect(url.includes(id), `${url} must contain ${id}`).toBe(true);
  const actual = await session.get(url);
  const twin = await session.get(url.split(id).join(NONEXISTENT_ID));
  expect(errorOf(actual), `GET ${url}`).toEqual(errorOf(twin));
  expect(actual.statusCode, `GET ${url}`).toBe(status);
}

/** A record the caller may not see: the single read is the 404 of a missing record, and the list leaves it out. */
export async function expectHidden(session: Caller, collection: string, id: string): Promise<void> {
  await expectSameAsNonexistent(session, `${collection}/${id}`, id);
  expect(await listIds(session, collection), `${collection} must not list ${id}`).not.toContain(id);
}

/** A record the caller sees: in the list and readable on its own. */
export async function expectShown(session: Caller, collection: string, id: string): Promise<Json> {
  const response = await session.get(`${collection}/${id}`);
  expect(response.statusCode, `GET ${collection}/${id}: ${response.body}`).toBe(200);
  expect(await listIds(session, collection), `${collection} must list ${id}`).toContain(id);
  return response.json();
}

/** A visible record with an action the caller may not take: 403, never 404 and never success. */
export function expectForbidden(response: Reply, code?: string): void {
  expect(response.statusCode, response.body).toBe(403);
  if (code) expect(response.json().error.code, response.body).toBe(code);
}

// ---------------------------------------------------------------------------------------------------
// The mailbox: the outbox table, delivered by the worker (files under DATA_DIR/mail without SMTP)

export interface Mail {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  status: string;
  created_at: string;
}

/** Runs the mail worker once: queued mails go out (as .eml files in tests). */
export async function deliverMail(story: Pick<Story, 'app'>): Promise<void> {
  await story.app.mailWorker.runOnce();
}

export async function mailsTo(story: Pick<Story, 'app'>, address: string): Promise<Mail[]> {
  const rows = await story.app.ctx.db
    .selectFrom('mail_outbox')
    .select(['id', 'kind', 'to_address', 'subject', 'text_body', 'status', 'created_at'])
    .where('to_address', '=', address.toLowerCase())
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows as Mail[];
}

/**
 * The newest mail to the address (of the kind, when given); fails when none comes. Waits a moment: a
 * self-service password reset queues its mail just after answering, so timing reveals nothing.
 */
export async function lastMailTo(story: Pick<Story, 'app'>, address: string, kind?: string): Promise<Mail> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const mail = (await mailsTo(story, address)).filter((m) => !kind || m.kind === kind).at(-1);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no ${kind ?? ''} mail to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether the worker delivered the mail: marked sent, and (without SMTP) its .eml file is in the drop. */
export function expectDelivered(story: Pick<Story, 't'>, mail: Pick<Mail, 'id'>, status: string): void {
  expect(status).toBe('sent');
  expect(fs.existsSync(path.join(story.t.database.config.dataDir, 'mail', `${mail.id}.eml`))).toBe(true);
}

export async function mailStatus(story: Pick<Story, 'app'>, id: string): Promise<string> {
  const row = await story.app.ctx.db.selectFrom('mail_outbox').select('status').where('id', '=', id).executeTakeFirstOrThrow();
  return row.status;
}

/** The token of the `${PUBLIC_URL}/<page>?token=…` link in a mail. */
export function linkToken(mail: Pick<Mail, 'text_body'>, page: 'activate' | 'reset-password'): string {
  const match = new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}/${page}\\?token=([^\\s]+)`).exec(mail.text_body);
  if (!match?.[1]) throw new Error(`no ${page} link in the mail:\n${mail.text_body}`);
  return decodeURIComponent(match[1]);
}

// ---------------------------------------------------------------------------------------------------
// Portal users: invitation, activation, access configuration, grants

export interface InvitationInput {
  email: string;
  displayName: string;
  customerId: string;
  roleTemplate: 'customer' | 'view_only' | 'technician' | 'live_site_agent' | 'customer_admin';
  contactId?: string;
  login?: string;
  sites?: { siteId: string; level: 'read' | 'write' }[];
  initialPassword?: string;
}

export interface PortalUser {
  userId: string;
  email: string;
  login: string;
  password: string;
  session: Session;
}

export async function invite(admin: Caller, input: InvitationInput): Promise<{ id: string; login: string; status: string; roleTemplate: string }> {
  const body = await created(admin, `${API}/users/invitations`, input);
  return body.items[0];
}

/** Activates through the link of the latest invitation mail to `email`; returns the signed-in session. */
export async function activateFromMail(story: Pick<Story, 'app'>, email: string, password: string): Promise<Session> {
  await deliverMail(story);
  const mail = await lastMailTo(story, email, 'invitation');
  const response = await story.app.inject({ method: 'POST', url: `${API}/auth/activate`, payload: { token: linkToken(mail, 'activate'), password } });
  if (response.statusCode !== 200) throw new Error(`activation of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error('activation answered without a session cookie');
  return sessionFromCookie(story.app, cookie);
}

/** The whole first-day path of a portal user: invited by e-mail, activated by the link, signed in. */
export async function inviteAndActivate(story: Story, input: Omit<InvitationInput, 'initialPassword'>, password = `first-${uniqueSuffix()}-password`): Promise<PortalUser> {
  const invited = await invite(story.admin, input);
  await activateFromMail(story, input.email, password);
  const login = input.login ?? input.email;
  return { userId: invited.id, email: input.email, login, password, session: await loginAs(story.app, login, password) };
}

export interface AccessPatch {
  roleTemplate?: InvitationInput['roleTemplate'];
  sitesRestricted?: boolean;
  sites?: { siteId: string; level: 'read' | 'write' }[];
  modes?: Partial<{ assets: string; workOrders: string; projects: string; tickets: string; orders: string; schedule: string }>;
  capabilities?: Partial<{
    manageDevices: boolean;
    createTickets: boolean;
    ticketTypeIds: string[];
    statusIds: string[];
    recipientUserIds: string[];
    recipientGroupIds: string[];
    uploadFiles: boolean;
    customerAdmin: boolean;
    approve: boolean;
    approvalLimit: number | null;
  }>;
}

export async function setAccess(admin: Caller, userId: string, patch: AccessPatch): Promise<Json> {
  const response = await admin.put(`${API}/users/${userId}/access`, patch);
  if (response.statusCode !== 200) throw new Error(`PUT access of ${userId} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

export type GrantType = 'asset' | 'project' | 'work_order' | 'order' | 'ticket' | 'schedule_entry';

export async function grant(admin: Caller, userId: string, resourceType: GrantType, resourceId: string, kind: 'visible' | 'assigned' = 'visible', notify?: boolean): Promise<Json> {
  return created(admin, `${API}/users/${userId}/grants`, { resourceType, resourceId, kind, ...(notify === undefined ? {} : { notify }) });
}

// ---------------------------------------------------------------------------------------------------
// Staff preview: the staff session plus the preview cookie

export interface Preview {
  session: Caller;
  cookie: string;
  expiresAt: string;
}

/** Starts a preview as `userId`; the returned caller sends the staff session cookie and the preview cookie. */
export async function startPreview(app: App, staff: Session, userId: string): Promise<Preview> {
  const response = await staff.post(`${API}/users/${userId}/preview`);
  if (response.statusCode !== 201) throw new Error(`preview of ${userId} answered ${response.statusCode}: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'portico_preview')?.value;
  if (!cookie) throw new Error('preview answered without the portico_preview cookie');
  return { session: cookieCaller(app, `portico_session=${staff.cookie}; portico_preview=${cookie}`), cookie, expiresAt: response.json().expiresAt };
}

/** A caller that sends exactly this Cookie header. */
export function cookieCaller(app: App, cookieHeader: string): Caller {
  const inject = (options: InjectOptions) => app.inject({ ...options, headers: { ...(options.headers ?? {}), cookie: cookieHeader } });
  const withBody = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE') => (url: string, payload?: unknown) =>
    inject({ method, url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) });
  return { inject, get: (url) => inject({ method: 'GET', url }), post: withBody('POST'), patch: withBody('PATCH'), put: withBody('PUT'), delete: withBody('DELETE') };
}

// ---------------------------------------------------------------------------------------------------
// Reference data and files

export async function fileTypeId(session: Caller, name: string): Promise<string> {
  const body = await read(session, `${API}/file-types?limit=200&includeArchived=true`);
  const type = body.items.find((t: { name: string }) => t.name === name);
  if (!type) throw new Error(`no file type ${name}`);
  return type.id;
}

export async function ticketTypeId(session: Caller, key: string, customerId?: string): Promise<string> {
  const body = await read(session, `${API}/ticket-types?limit=200${customerId ? `&customerId=${customerId}` : ''}`);
  const type = body.items.find((t: { key: string; customerId: string | null }) => t.key === key && t.customerId === (customerId ?? null));
  if (!type) throw new Error(`no ticket type ${key}`);
  return type.id;
}

export async function ticketStatusId(session: Caller, key: string): Promise<string> {
  const body = await read(session, `${API}/ticket-statuses?limit=200`);
  const status = body.items.find((s: { key: string }) => s.key === key);
  if (!status) throw new Error(`no ticket status ${key}`);
  return status.id;
}

export interface UploadInput {
  resourceType: 'customer' | 'site' | 'asset' | 'work_order' | 'project' | 'order' | 'ticket' | 'document';
  resourceId: string;
  fileTypeId: string;
  filename?: string;
  content?: string;
  contentType?: string;
}

export async function upload(session: Caller, input: UploadInput): Promise<Reply> {
  const { resourceType, resourceId, fileTypeId: typeId, ...file } = input;
  const body = await multipartBody(
    { resourceType, resourceId, fileTypeId: typeId },
    { content: file.content ?? `content of ${file.filename ?? 'file'}`, filename: file.filename ?? 'file.pdf', contentType: file.contentType ?? 'application/pdf' },
  );
  return session.inject({ method: 'POST', url: `${API}/files`, ...body });
}

/** An uploaded file (by staff): must answer 201. */
export async function uploaded(session: Caller, input: UploadInput): Promise<Json> {
  const response = await upload(session, input);
  if (response.statusCode !== 201) throw new Error(`upload answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

/** Every audit event matching the filter (newest first), following the cursor. */
export async function auditEvents(admin: Caller, filter: Record<string, string>): Promise<Json[]> {
  const events: Json[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const body = await read(admin, withQuery(`${API}/audit-events`, { ...filter, limit: 200, ...(cursor ? { cursor } : {}) }));
    events.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return events;
}

/** A staff user created by the admin through the users API (a technician, support agent, …). */
export async function staffMember(admin: Caller, displayName: string, role: 'admin' | 'coordinator' | 'technician' = 'technician'): Promise<Json> {
  const suffix = uniqueSuffix();
  return created(admin, `${API}/users`, { login: `${displayName.toLowerCase().replace(/\W+/g, '.')}-${suffix}@service.test`, displayName, role });
}
