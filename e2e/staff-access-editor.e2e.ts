import { afterEach, beforeAll, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { reviewAccessChange } from './support/access-editor';
import { signIn } from './support/sign-in';
import { ADMIN, adminApi, customerNamed, inviteUser, siteNamed, uniqueEmail } from './support/scenario-setup';
import type { AdminApi } from './support/scenario-setup';

/**
 * Issue #13: the access editor saves once, after showing what the change adds and removes (computed by
 * the access policy); a template fills in the modes and capabilities, which can be adjusted before
 * saving; ticket types are an explicit None / All / Chosen. A user who has not accepted the invitation
 * yet can be previewed, so staff check the set-up before the customer signs in.
 */
const baseUrl = inject('baseUrl');
const user = { email: uniqueEmail('access-editor', 'helix.example'), name: 'Edda Editor' };

interface StoredAccess {
  roleTemplate: string;
  templateAdjusted: boolean;
  sitesRestricted: boolean;
  capabilities: { createTickets: boolean; ticketTypeIds: string[] };
}

let api: AdminApi;
let userId: string;
let browser: BrowserSession | undefined;

beforeAll(async () => {
  api = await adminApi(baseUrl);
  const helix = await customerNamed(api, 'Helix Pharma');
  const labNorth = await siteNamed(api, helix.id, 'Lab North');
  userId = await inviteUser(api, { email: user.email, displayName: user.name, customerId: helix.id, roleTemplate: 'view_only', sites: [{ siteId: labNorth.id, level: 'read' }] });
});

afterEach(async () => {
  if (!browser) return;
  await browser.close();
  expect(browser.problems).toEqual([]);
});

test('a template fills the form, the review shows what the change adds, cancel keeps everything, save stores exactly the form; staff preview the still-invited user', async () => {
  browser = await openBrowser();
  const { page } = browser;
  const stored = () => api.get<StoredAccess>(`/users/${userId}/access`);
  await signIn(page, baseUrl, ADMIN.login, ADMIN.password);
  await waitForPath(page, '/staff');
  await page.goto(`${baseUrl}/staff/users/${userId}`);
  const access = page.getByRole('region', { name: 'Portal access' });
  const review = access.getByRole('button', { name: 'Review and save…' });
  await access.getByText('No unsaved changes').waitFor();
  expect(await review.isDisabled()).toBe(true);

  // View only → Customer admin: the form takes the template's capabilities (requests, with its ticket types).
  const createTickets = access.getByRole('switch', { name: 'Create tickets' });
  expect(await createTickets.isChecked()).toBe(false);
  await access.getByRole('textbox', { name: 'Role template' }).click();
  await page.getByRole('option', { name: /^Customer admin/ }).click();
  await expect.poll(() => createTickets.isChecked()).toBe(true);
  const types = access.getByRole('radiogroup', { name: 'Ticket types they may create' });
  await expect.poll(() => types.getByRole('radio', { name: 'None' }).isChecked()).toBe(false);
  // Adjusted before saving: no ticket types after all, and every site of the customer.
  await types.getByText('None', { exact: true }).click();
  await access.getByRole('switch', { name: 'Only selected sites' }).click();

  // The review names what the user will newly see: Lab South and its climate chamber.
  let dialog = await reviewAccessChange(page, access);
  await dialog.getByRole('list', { name: 'Sites the user will see' }).getByRole('link', { name: 'Lab South' }).waitFor();
  await dialog.getByRole('list', { name: 'Assets the user will see' }).getByRole('link', { name: 'Climate chamber CC-3' }).waitFor();
  expect(await dialog.getByRole('list', { name: /will no longer see/ }).count()).toBe(0);
  await screenshot(page, 'staff-access-editor-review');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await stored()).toMatchObject({ roleTemplate: 'view_only', sitesRestricted: true, capabilities: { createTickets: false } });

  // Saved: the template with the two adjustments, so the editor says "adjusted".
  dialog = await reviewAccessChange(page, access);
  await dialog.getByRole('button', { name: 'Save change' }).click();
  await page.getByText('Access saved.').first().waitFor();
  await expect.poll(stored).toMatchObject({ roleTemplate: 'customer_admin', templateAdjusted: true, sitesRestricted: false, capabilities: { createTickets: true, ticketTypeIds: [] } });
  await access.getByText('adjusted', { exact: true }).waitFor();
  await access.getByText('No unsaved changes').waitFor();

  // Reset to the template: its ticket types come back; nothing the user sees changes.
  await access.getByRole('button', { name: 'Reset to template' }).click();
  await expect.poll(() => types.getByRole('radio', { name: 'None' }).isChecked()).toBe(false);
  dialog = await reviewAccessChange(page, access);
  await dialog.getByText('Saving does not change which records the user sees', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Save change' }).click();
  await expect.poll(async () => (await stored()).templateAdjusted).toBe(false);
  expect((await stored()).capabilities.ticketTypeIds.length).toBeGreaterThan(0);
  await expect.poll(() => access.getByText('adjusted', { exact: true }).count()).toBe(0);

  // The user has not accepted the invitation yet, and staff can still check the set-up as they will see it.
  await page.getByRole('region', { name: 'Invitation' }).getByText('Pending', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Preview as this user' }).click();
  await waitForPath(page, '/portal');
  await page.getByRole('region', { name: 'Preview' }).getByText(`Preview as ${user.name} — read-only`).waitFor();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Assets', exact: true }).click();
  await page.getByRole('list', { name: 'Assets' }).getByRole('link', { name: /Climate chamber CC-3/ }).waitFor();
  await screenshot(page, 'staff-access-editor-preview-invited');
  await page.getByRole('button', { name: 'End preview' }).click();
  await waitForPath(page, '/staff');
});
