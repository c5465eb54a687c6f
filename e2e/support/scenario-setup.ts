import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForPath } from './browser';
import { apiSignIn, findByName } from './portal-api';
import type { ApiSession } from './portal-api';
import { linkPathFrom, waitForMailTo } from './portal-mail';

/**
 * Arrangement for the seed-scenario journeys (SPEC §5): staff create the portal users through the API,
 * the journeys then drive the portal in the browser.
 */
export const ADMIN = { login: 'admin@portico.demo', password: 'portico-admin' };

/** Unique per file run, so re-runs against one server never collide on e-mail addresses. */
export function uniqueEmail(prefix: string, domain: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@${domain}`;
}

/** The staff API as the admin, plus PUT (access changes) which support/portal-api.ts does not offer. */
export interface AdminApi extends ApiSession {
  put<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
}

export async function adminApi(baseUrl: string): Promise<AdminApi> {
  const session = await apiSignIn(baseUrl, ADMIN.login, ADMIN.password);
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!response.ok) throw new Error(`Admin sign-in failed: HTTP ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const send =
    (method: 'PUT' | 'PATCH') =>
    async <T>(path: string, body: unknown): Promise<T> => {
      const result = await fetch(`${baseUrl}/api/v1${path}`, { method, headers: { cookie, accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!result.ok) throw new Error(`${method} ${path}: HTTP ${result.status} ${await result.text()}`);
      return (await result.json()) as T;
    };
  return { ...session, put: send('PUT'), patch: send('PATCH') };
}

export interface Named {
  id: string;
  name: string;
}

export async function customerNamed(api: ApiSession, name: string): Promise<Named> {
  return findByName<Named>(api, '/customers', name);
}

export async function siteNamed(api: ApiSession, customerId: string, name: string): Promise<Named> {
  return findByName<Named>(api, '/sites', name, { customerId });
}

export interface TicketTypeRef {
  id: string;
  key: string;
  name: string;
}

export async function ticketTypes(api: ApiSession): Promise<TicketTypeRef[]> {
  return (await api.get<{ items: TicketTypeRef[] }>('/ticket-types?limit=200')).items;
}

export interface InvitationInput {
  email: string;
  displayName: string;
  customerId: string;
  roleTemplate: 'customer' | 'view_only' | 'technician' | 'live_site_agent' | 'customer_admin';
  sites?: { siteId: string; level: 'read' | 'write' }[];
  initialPassword?: string;
  contactId?: string;
}

/** Invites one external user (with `initialPassword`: created active, must change it at first login). */
export async function inviteUser(api: ApiSession, input: InvitationInput): Promise<string> {
  const invited = await api.post<{ items: { id: string }[] }>('/users/invitations', input);
  return invited.items[0]!.id;
}

/** Fetches the user's activation link from the mail drop. */
export async function activationPathFor(email: string): Promise<string> {
  return linkPathFrom(await waitForMailTo(email, '/activate?token='), '/activate');
}

/** Opens the activation link, chooses the first password and lands signed in on the portal. */
export async function activateInBrowser(page: Page, baseUrl: string, activationPath: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}${activationPath}`);
  await page.getByRole('heading', { name: 'Activate your account' }).waitFor();
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat new password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Activate and sign in' }).click();
  await waitForPath(page, '/portal');
}

/** Main navigation of the portal (English). */
export function portalNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

export async function openPortalArea(page: Page, name: string, path: string): Promise<void> {
  await portalNavigation(page).getByRole('link', { name, exact: true }).click();
  await waitForPath(page, path);
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** Names of the options of the one open Mantine dropdown. */
export async function openOptionNames(page: Page): Promise<string[]> {
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  const options = listbox.getByRole('option');
  await options.first().waitFor();
  return (await options.allTextContents()).map((text) => text.trim());
}

/** Asserts that text is not anywhere on the page (after the page has shown what it waits for). */
export async function expectAbsent(page: Page, text: string | RegExp): Promise<void> {
  expect(await page.getByText(text).count(), `"${String(text)}" should not be on ${page.url()}`).toBe(0);
}
