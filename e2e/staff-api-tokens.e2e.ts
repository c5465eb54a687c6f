import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { signIn } from './support/sign-in';

/** SPEC §4 "API tokens for integrations": made in the back office, used with `Authorization: Bearer`. */
const baseUrl = inject('baseUrl');

let browser: BrowserSession;

beforeEach(async () => {
  browser = await openBrowser();
});

afterEach(async () => {
  await browser.close();
  expect(browser.problems).toEqual([]);
});

const meWith = (token: string) => fetch(`${baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });

test('an admin creates an API token, an integration uses it, and revoking it locks the integration out', async () => {
  const { page } = browser;
  const name = `ERP sync ${Date.now().toString(36)}`;
  await signIn(page, baseUrl, 'admin@portico.demo', 'portico-admin');
  await waitForPath(page, '/staff');
  await page.getByRole('button', { name: /^Account menu for / }).click();
  await page.getByRole('menuitem', { name: 'API tokens' }).click();
  await waitForPath(page, '/account/api-tokens');

  const form = page.getByRole('form', { name: 'Create an API token' });
  await form.getByRole('button', { name: 'Create token' }).click();
  await form.getByText('This field is required.').waitFor();
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.getByTestId('new-api-token').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^portico_/);
  await screenshot(page, 'staff-api-token-created');

  const me = await meWith(secret);
  expect(me.status).toBe(200);
  expect((await me.json()) as { login: string }).toMatchObject({ login: 'admin@portico.demo' });

  await page.getByRole('button', { name: 'Done' }).click();
  const row = page.getByRole('table', { name: 'Your API tokens' }).getByRole('row', { name: new RegExp(name) });
  await row.getByText('Active').waitFor();
  // The list shows who used it, never the secret.
  expect(await page.getByText(secret).count()).toBe(0);
  // The integration's call shows as "last used" (no longer "Never used").
  await page.reload();
  await row.getByText('Active').waitFor();
  expect(await row.getByText('Never used').count()).toBe(0);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await row.getByText('Revoked').waitFor();
  expect((await meWith(secret)).status).toBe(401);
});
