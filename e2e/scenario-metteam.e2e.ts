import { beforeAll, expect, inject, test } from 'vitest';
import { choose, browserPerTest, screenshot, waitForPath } from './support/browser';
import { saveReviewedAccess } from './support/access-editor';
import { portalScreenshot } from './support/portal-screens';
import { signIn } from './support/sign-in';
import { ADMIN, adminApi, customerNamed, expectAbsent, inviteUser, openPortalArea, siteNamed, uniqueEmail } from './support/scenario-setup';
import type { AdminApi, Named } from './support/scenario-setup';

/**
 * SPEC §5 "MET/TEAM Customer Portal": staff create an external user with a simple initial password,
 * link a contact related to a facility (site); the user must change the password at first login and
 * then sees the assets of that facility only (the contact's sites are the user's, issue #13); relating
 * the contact to a second facility brings the switcher, which narrows the lists. Staff see the
 * inherited sites on the user's page and can override them.
 */
const baseUrl = inject('baseUrl');
const user = { email: uniqueEmail('metteam', 'helix.example'), name: 'Pete Portal', initialPassword: 'helix-initial-1', password: 'pete-portal-secret-2' };

let api: AdminApi;
let userId: string;
let labNorth: Named;
let labSouth: Named;
let contactId: string;
const browsers = browserPerTest();

beforeAll(async () => {
  api = await adminApi(baseUrl);
  const helix = await customerNamed(api, 'Helix Pharma');
  labNorth = await siteNamed(api, helix.id, 'Lab North');
  labSouth = await siteNamed(api, helix.id, 'Lab South');
  const contact = await api.post<{ id: string }>('/contacts', { customerId: helix.id, name: user.name, email: user.email, siteIds: [labNorth.id] });
  contactId = contact.id;
  // No sites of the user's own: the contact's facility decides what the user sees.
  userId = await inviteUser(api, { email: user.email, displayName: user.name, customerId: helix.id, contactId, roleTemplate: 'view_only', initialPassword: user.initialPassword });
});

test('first login forces the password change, then only the Lab North assets are visible; a second facility brings the switcher', async () => {
  const browser = await browsers.open();
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

  // Staff relate the contact to a second facility: the user follows, the switcher appears and narrows every list.
  await api.patch(`/contacts/${contactId}`, { siteIds: [labNorth.id, labSouth.id] });
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

test("staff see the contact's sites as the user's, override them per user, and the invite form offers them", async () => {
  const browser = await browsers.open();
  const { page } = browser;
  await signIn(page, baseUrl, ADMIN.login, ADMIN.password);
  await waitForPath(page, '/staff');

  // The user's page: the contact's two facilities, inherited.
  await page.goto(`${baseUrl}/staff/users/${userId}`);
  const access = page.getByRole('region', { name: 'Portal access' });
  const fromContact = access.getByRole('switch', { name: `Sites from contact ${user.name}` });
  await fromContact.waitFor();
  expect(await fromContact.isChecked()).toBe(true);
  const inherited = access.getByRole('list', { name: 'Inherited from the contact:' });
  await inherited.getByRole('link', { name: 'Lab North' }).waitFor();
  await inherited.getByRole('link', { name: 'Lab South' }).waitFor();
  expect(await access.getByRole('switch', { name: 'Only selected sites' }).count()).toBe(0);
  await screenshot(page, 'scenario-metteam-staff-inherited-sites');

  // Override: the user's own sites apply (here every site of the customer), then back to the contact's.
  await fromContact.click();
  await access.getByText('Overridden: the user’s own sites below apply instead of the contact’s.').waitFor();
  await access.getByRole('switch', { name: 'Only selected sites' }).waitFor();
  await saveReviewedAccess(page, access);
  await page.getByText('Access saved.').first().waitFor();
  await expect.poll(async () => (await api.get<{ siteSource: string }>(`/users/${userId}/access`)).siteSource).toBe('own');
  await fromContact.click();
  await access.getByRole('list', { name: 'Inherited from the contact:' }).waitFor();
  await saveReviewedAccess(page, access);
  await expect.poll(async () => (await api.get<{ siteSource: string }>(`/users/${userId}/access`)).siteSource).toBe('contact');

  // The contact's page lists the users who take its sites.
  await page.goto(`${baseUrl}/staff/contacts/${contactId}`);
  await page.getByRole('table', { name: `Portal users linked to ${user.name}` }).getByText(user.email).waitFor();

  // Inviting another person of the contact: the form offers the contact's sites instead of a site list.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users', exact: true }).click();
  await waitForPath(page, '/staff/users');
  await page.getByRole('button', { name: 'Invite portal users' }).click();
  const form = page.getByRole('dialog', { name: 'Invite portal users' }).getByRole('form', { name: 'Invite a portal user' });
  await choose(page, form, 'Customer', 'Helix Pharma', 'Helix Pharma');
  await choose(page, form, 'Contact', user.name, user.name);
  const offered = form.getByRole('list', { name: 'Inherited from the contact:' });
  await offered.getByRole('link', { name: 'Lab North' }).waitFor();
  await offered.getByRole('link', { name: 'Lab South' }).waitFor();
  expect(await form.getByRole('group', { name: 'Sites' }).count()).toBe(0);
  await screenshot(page, 'scenario-metteam-invite-contact-sites');
  // Choosing own sites starts from the contact's.
  await form.getByRole('switch', { name: `Sites from contact ${user.name}` }).click();
  await form.getByRole('group', { name: 'Sites' }).waitFor();
  await expect.poll(() => form.getByRole('textbox', { name: 'Site 2' }).inputValue()).not.toBe('');
});
