import { afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { portalScreenshot } from './support/portal-screens';
import { signIn } from './support/sign-in';
import { adminApi, customerNamed, expectAbsent, inviteUser, openPortalArea, siteNamed, uniqueEmail } from './support/scenario-setup';
import type { AdminApi, Named } from './support/scenario-setup';

/**
 * SPEC §5 "MET/TEAM Customer Portal": staff create an external user with a simple initial password,
 * link a contact related to a facility (site); the user must change the password at first login and
 * then sees the assets of that facility only; with several facilities, the switcher narrows the lists.
 */
const baseUrl = inject('baseUrl');
const user = { email: uniqueEmail('metteam', 'helix.example'), name: 'Pete Portal', initialPassword: 'helix-initial-1', password: 'pete-portal-secret-2' };

let api: AdminApi;
let userId: string;
let labNorth: Named;
let labSouth: Named;
let browser: BrowserSession | undefined;

beforeAll(async () => {
  api = await adminApi(baseUrl);
  const helix = await customerNamed(api, 'Helix Pharma');
  labNorth = await siteNamed(api, helix.id, 'Lab North');
  labSouth = await siteNamed(api, helix.id, 'Lab South');
  const contact = await api.post<{ id: string }>('/contacts', { customerId: helix.id, name: user.name, email: user.email, siteIds: [labNorth.id] });
  userId = await inviteUser(api, {
    email: user.email,
    displayName: user.name,
    customerId: helix.id,
    contactId: contact.id,
    roleTemplate: 'view_only',
    sites: [{ siteId: labNorth.id, level: 'read' }],
    initialPassword: user.initialPassword,
  });
});

beforeEach(() => {
  browser = undefined;
});

afterEach(async () => {
  if (!browser) return;
  await browser.close();
  expect(browser.problems).toEqual([]);
});

test('first login forces the password change, then only the Lab North assets are visible; a second facility brings the switcher', async () => {
  browser = await openBrowser();
  const { page } = browser;

  // First login with the initial password: only the password page, whatever address is asked for.
  await signIn(page, baseUrl, user.email, user.initialPassword);
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
  await page.goto(`${baseUrl}/portal/assets`);
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await portalScreenshot(page, 'scenario-metteam-forced-password');
  await page.getByLabel('Current password', { exact: true }).fill(user.initialPassword);
  await page.getByLabel('New password', { exact: true }).fill(user.password);
  await page.getByLabel('Repeat new password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  expect(new URL(page.url()).pathname.startsWith('/portal')).toBe(true);

  // Lab North's assets, not Lab South's climate chamber; with one facility there is no switcher.
  await openPortalArea(page, 'Assets', '/portal/assets');
  const assets = page.getByRole('list', { name: 'Assets' });
  await assets.getByRole('link', { name: /Analytical balance AB-204/ }).waitFor();
  await assets.getByRole('link', { name: /Pipette set P-12/ }).waitFor();
  await expectAbsent(page, 'Climate chamber CC-3');
  expect(await page.getByRole('textbox', { name: 'Site', exact: true }).count()).toBe(0);
  await page.getByRole('searchbox', { name: 'Search name or serial number' }).fill('Climate');
  await page.getByText('No matches', { exact: true }).waitFor();
  await portalScreenshot(page, 'scenario-metteam-assets-lab-north');

  // The climate chamber's page is not shared either.
  const chamber = await api.get<{ items: { id: string; name: string }[] }>(`/assets?q=${encodeURIComponent('Climate chamber CC-3')}&limit=5`);
  const chamberId = chamber.items.find((asset) => asset.name === 'Climate chamber CC-3')!.id;
  await page.goto(`${baseUrl}/portal/assets/${chamberId}`);
  await page.getByText('This record does not exist or is not shared with you.').waitFor();

  // Staff relate the user to a second facility: the switcher appears and narrows every list.
  await api.put(`/users/${userId}/access`, { sites: [{ siteId: labNorth.id, level: 'read' }, { siteId: labSouth.id, level: 'read' }] });
  await page.goto(`${baseUrl}/portal/assets`);
  await waitForPath(page, '/portal/assets');
  await assets.getByRole('link', { name: /Climate chamber CC-3/ }).waitFor();
  await assets.getByRole('link', { name: /Analytical balance AB-204/ }).waitFor();
  const switcher = page.getByRole('textbox', { name: 'Site', exact: true });
  await switcher.click();
  await page.getByRole('option', { name: 'Lab South' }).click();
  await assets.getByRole('link', { name: /Climate chamber CC-3/ }).waitFor();
  await expect.poll(() => assets.getByRole('link', { name: /Analytical balance AB-204/ }).count()).toBe(0);
  expect(await assets.getByRole('link', { name: /Pipette set P-12/ }).count()).toBe(0);
  await portalScreenshot(page, 'scenario-metteam-site-lab-south');

  await switcher.click();
  await page.getByRole('option', { name: 'Lab North' }).click();
  await assets.getByRole('link', { name: /Analytical balance AB-204/ }).waitFor();
  await expect.poll(() => assets.getByRole('link', { name: /Climate chamber CC-3/ }).count()).toBe(0);

  await switcher.click();
  await page.getByRole('option', { name: 'All sites' }).click();
  await assets.getByRole('link', { name: /Climate chamber CC-3/ }).waitFor();
  await assets.getByRole('link', { name: /Analytical balance AB-204/ }).waitFor();
});

test('the portal-only user is never offered in the staff technician pickers', async () => {
  // Work order, ticket and schedule forms pick technicians from GET /users?assignable=true.
  const byName = await api.get<{ items: { id: string }[] }>(`/users?assignable=true&q=${encodeURIComponent(user.name)}&limit=50`);
  expect(byName.items.map((item) => item.id)).not.toContain(userId);
  const all = await api.get<{ items: { id: string; displayName: string }[] }>('/users?assignable=true&limit=100');
  expect(all.items.map((item) => item.displayName)).toContain('Tess Technician');
  expect(all.items.map((item) => item.id)).not.toContain(userId);
});
