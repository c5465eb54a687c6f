import fs from 'node:fs';
import { beforeAll, expect, inject, test } from 'vitest';
import { browserPerTest, waitForPath } from './support/browser';
import { apiSignIn, findByName, uploadTextFile } from './support/portal-api';
import { linkPathFrom, waitForMailTo } from './support/portal-mail';
import { portalScreenshot, viewportScreenshot } from './support/portal-screens';
import { signIn } from './support/sign-in';

const baseUrl = inject('baseUrl');
const admin = { login: 'admin@portico.demo', password: 'portico-admin' };
// Unique per run, so a re-run against a kept data dir still invites a new user.
const certificate = { filename: 'boiler-1-certificate.txt', content: 'Boiler 1 passed the annual inspection.' };
const internalFile = 'boiler-1-internal-calculation.txt';
const invitee = { email: `portal-e2e-${Date.now()}@northwind.example`, name: 'Paula Portal', password: 'paula-portal-secret' };

let activationPath: string;
let inviteeId: string;
const browsers = browserPerTest();

beforeAll(async () => {
  // Arranged as staff do it, through the API: invite a Northwind Berlin user with the Customer
  // template and make the HQ building visible to them ("only make visible, no assignment").
  const api = await apiSignIn(baseUrl, admin.login, admin.password);
  const berlin = await findByName<{ id: string; name: string }>(api, '/customers', 'Northwind Berlin');
  const building = await findByName<{ id: string; name: string }>(api, '/assets', 'HQ building services', { customerId: berlin.id });
  const invited = await api.post<{ items: { id: string }[] }>('/users/invitations', {
    email: invitee.email,
    displayName: invitee.name,
    customerId: berlin.id,
    roleTemplate: 'customer',
  });
  inviteeId = invited.items[0]!.id;
  await api.post(`/users/${inviteeId}/grants`, { resourceType: 'asset', resourceId: building.id, kind: 'visible' });
  // Files on Boiler 1: a certificate (a customer-visible type) and an internal one (never in the portal).
  const boiler = await findByName<{ id: string; name: string }>(api, '/assets', 'Boiler 1', { customerId: berlin.id });
  const fileTypes = await api.get<{ items: { id: string; name: string }[] }>('/file-types?limit=200');
  const typeId = (name: string) => fileTypes.items.find((type) => type.name === name)!.id;
  await uploadTextFile(api, { resourceType: 'asset', resourceId: boiler.id, fileTypeId: typeId('Certificate') }, certificate.filename, certificate.content);
  await uploadTextFile(api, { resourceType: 'asset', resourceId: boiler.id, fileTypeId: typeId('Internal') }, internalFile, 'Margin: 18 %');

  const mail = await waitForMailTo(invitee.email, '/activate?token=');
  activationPath = linkPathFrom(mail, '/activate');
});

test('an invited customer activates the account, sees only the granted building, raises a request in German and signs out', async () => {
  const browser = await browsers.open();
  const { page } = browser;

  // The invitation link works signed out: choose a password, and the account is active and signed in.
  await page.goto(`${baseUrl}${activationPath}`);
  await page.getByRole('heading', { name: 'Activate your account' }).waitFor();
  await page.getByLabel('New password', { exact: true }).fill(invitee.password);
  await page.getByLabel('Repeat new password', { exact: true }).fill('something-else');
  await page.getByRole('button', { name: 'Activate and sign in' }).click();
  await page.getByText('The two passwords do not match.').waitFor();
  await page.getByLabel('Repeat new password', { exact: true }).fill(invitee.password);
  await portalScreenshot(page, 'portal-activate');
  await page.getByRole('button', { name: 'Activate and sign in' }).click();
  await waitForPath(page, '/portal');
  await page.getByRole('heading', { name: 'Welcome, Paula' }).waitFor();

  // The navigation offers the portal areas and nothing internal.
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  for (const area of ['Overview', 'Assets', 'Work orders', 'Requests', 'Schedule', 'My profile']) {
    await navigation.getByRole('link', { name: area, exact: true }).waitFor();
  }
  for (const hidden of ['Documents', 'Users', 'Colleagues', 'Customers', 'Audit log']) {
    expect(await navigation.getByRole('link', { name: hidden, exact: true }).count()).toBe(0);
  }
  await page.getByRole('region', { name: 'Due in the next 60 days' }).getByText('Boiler 1').waitFor();
  await portalScreenshot(page, 'portal-dashboard');

  // Assets: the granted building and everything under it; nothing of the Hamburg branch.
  await navigation.getByRole('link', { name: 'Assets', exact: true }).click();
  await waitForPath(page, '/portal/assets');
  const assetList = page.getByRole('list', { name: 'Assets' });
  await assetList.getByRole('link', { name: /HQ building services/ }).waitFor();
  await assetList.getByRole('link', { name: /Boiler 1/ }).waitFor();
  expect(await page.getByText('Sprinkler system').count()).toBe(0);
  await page.getByRole('searchbox', { name: 'Search name or serial number' }).fill('Sprinkler');
  await page.getByText('No matches', { exact: true }).waitFor();
  await page.getByRole('searchbox', { name: 'Search name or serial number' }).fill('');
  await assetList.getByRole('link', { name: /HQ building services/ }).click();
  await page.getByRole('heading', { name: 'HQ building services', level: 1 }).waitFor();
  const subAssets = page.getByRole('list', { name: 'Sub-assets' });
  await subAssets.getByRole('link', { name: /Plant room B1/ }).waitFor();
  await subAssets.getByRole('link', { name: /Boiler 1/ }).waitFor();
  expect(await page.getByText('Sprinkler system').count()).toBe(0);
  await portalScreenshot(page, 'portal-asset-detail');

  // Boiler 1's files: the certificate downloads; the internal file is not there.
  await subAssets.getByRole('link', { name: /Boiler 1/ }).click();
  await page.getByRole('heading', { name: 'Boiler 1', level: 1 }).waitFor();
  const files = page.getByRole('list', { name: 'Files' });
  const certificateLink = files.getByRole('link', { name: `Download ${certificate.filename}` });
  await certificateLink.waitFor();
  expect(await page.getByText(internalFile).count()).toBe(0);
  const [download] = await Promise.all([page.waitForEvent('download'), certificateLink.click()]);
  expect(download.suggestedFilename()).toBe(certificate.filename);
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(certificate.content);
  await portalScreenshot(page, 'portal-asset-files');

  // The site switcher narrows every list: the plant room site holds the boilers, not the building.
  await page.getByRole('textbox', { name: 'Site' }).click();
  await page.getByRole('option', { name: 'Berlin HQ – Plant room' }).click();
  await navigation.getByRole('link', { name: 'Assets', exact: true }).click();
  await assetList.getByRole('link', { name: /Boiler 1/ }).waitFor();
  expect(await assetList.getByRole('link', { name: /HQ building services/ }).count()).toBe(0);
  await page.getByRole('textbox', { name: 'Site' }).click();
  await page.getByRole('option', { name: 'All sites' }).click();
  await assetList.getByRole('link', { name: /HQ building services/ }).waitFor();

  // Deutsch: the portal follows the language picker.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  const navigationDe = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await navigationDe.getByRole('link', { name: 'Anlagen', exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Anlagen', level: 1 }).waitFor();

  // Raise a service request about Boiler 1.
  await navigationDe.getByRole('link', { name: 'Anfragen', exact: true }).click();
  await waitForPath(page, '/portal/tickets');
  await page.getByText('Noch keine Anfragen').waitFor();
  await page.getByRole('link', { name: 'Anfrage stellen' }).first().click();
  await waitForPath(page, '/portal/tickets/new');
  await page.getByRole('heading', { name: 'Anfrage stellen', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Anfrage senden' }).click();
  await page.getByText('Wählen Sie die Art der Anfrage.').waitFor();
  await page.getByRole('radio', { name: /Serviceanfrage/ }).check();
  const subject = 'Kessel 1 verliert nachts Druck';
  await page.getByLabel('Betreff').fill(subject);
  await page.getByLabel('Details').fill('Seit Montag fällt der Druck jede Nacht unter 1 bar.');
  await page.getByRole('textbox', { name: 'Anlage (optional)' }).fill('Boiler 1');
  await page.getByRole('option', { name: /Boiler 1/ }).click();
  await portalScreenshot(page, 'portal-raise-request-de');
  await page.getByRole('button', { name: 'Anfrage senden' }).click();
  await page.getByRole('heading', { name: subject, level: 1 }).waitFor();
  await page.getByText('Neu', { exact: true }).first().waitFor();
  await page.getByRole('region', { name: 'Verlauf' }).getByText('Noch keine Antworten.').waitFor();
  await page.getByRole('link', { name: 'Boiler 1' }).waitFor();

  // It is in the request list.
  await navigationDe.getByRole('link', { name: 'Anfragen', exact: true }).click();
  await waitForPath(page, '/portal/tickets');
  await page.getByRole('list', { name: 'Anfragen' }).getByRole('link', { name: new RegExp(subject) }).waitFor();
  await portalScreenshot(page, 'portal-requests-de');

  // Sign out through the account menu (in German now).
  await page.getByRole('button', { name: `Kontomenü für ${invitee.name}` }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await waitForPath(page, '/login');
});

test('forgot password: the request page never says whether the address exists, and the e-mailed link sets a new password', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  const lena = { login: 'lab@helix.example', password: 'lena-new-secret-1', name: 'Lena Lab' };

  await page.goto(`${baseUrl}/login`);
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await waitForPath(page, '/forgot-password');
  await page.getByLabel('E-mail address').fill('nobody@nowhere.example');
  await page.getByRole('button', { name: 'Send link' }).click();
  await page.getByText('If nobody@nowhere.example has an account, we sent a link to choose a new password.').waitFor();

  await page.goto(`${baseUrl}/forgot-password`);
  await page.getByLabel('E-mail address').fill(lena.login);
  await page.getByRole('button', { name: 'Send link' }).click();
  await page.getByText(`If ${lena.login} has an account, we sent a link to choose a new password.`).waitFor();
  await portalScreenshot(page, 'portal-forgot-password');

  const mail = await waitForMailTo(lena.login, '/reset-password?token=');
  const resetPath = linkPathFrom(mail, '/reset-password');
  await page.goto(`${baseUrl}${resetPath}`);
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await page.getByLabel('New password', { exact: true }).fill(lena.password);
  await page.getByLabel('Repeat new password', { exact: true }).fill(lena.password);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await page.getByText('Your new password is set. Please sign in with it.').waitFor();

  // The link is single-use.
  await page.goto(`${baseUrl}${resetPath}`);
  await page.getByLabel('New password', { exact: true }).fill('another-secret-22');
  await page.getByLabel('Repeat new password', { exact: true }).fill('another-secret-22');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await page.getByRole('alert').filter({ hasText: 'This link is invalid or has expired.' }).waitFor();

  await signIn(page, baseUrl, lena.login, lena.password);
  await waitForPath(page, '/portal');
  await page.getByRole('heading', { name: 'Welcome, Lena' }).waitFor();
});

test('on a phone the portal fits the screen and the navigation sits behind the menu button', async () => {
  const browser = await browsers.open({ viewport: { width: 390, height: 844 } });
  const { page } = browser;
  await signIn(page, baseUrl, 'anna@northwind.example', 'portal-anna');
  await waitForPath(page, '/portal');
  await page.getByRole('heading', { name: 'Welcome, Anna' }).waitFor();
  await page.getByRole('region', { name: 'Upcoming visits' }).getByText('Quarterly maintenance round').waitFor();
  // Nothing wider than the phone: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await portalScreenshot(page, 'portal-mobile');

  await page.getByRole('button', { name: 'Toggle navigation' }).click();
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await navigation.getByRole('link', { name: 'Requests', exact: true }).waitFor();
  await viewportScreenshot(page, 'portal-mobile-navigation');
  await navigation.getByRole('link', { name: 'Assets', exact: true }).click();
  await waitForPath(page, '/portal/assets');
  await page.getByRole('heading', { name: 'Assets', level: 1 }).waitFor();
  await page.getByRole('list', { name: 'Assets' }).getByRole('link', { name: /Boiler 1/ }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await portalScreenshot(page, 'portal-mobile-assets');
});

test('staff preview the portal as the customer: a read-only banner, no way to write, and back to the back office', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  await signIn(page, baseUrl, admin.login, admin.password);
  await waitForPath(page, '/staff');
  // The back office's preview button is the staff pages' business; its API call is the same.
  const started = await page.evaluate(async (userId) => (await fetch(`/api/v1/users/${userId}/preview`, { method: 'POST' })).status, inviteeId);
  expect(started).toBe(201);

  await page.goto(`${baseUrl}/portal`);
  const banner = page.getByRole('region', { name: 'Preview' });
  await banner.getByText(`Preview as ${invitee.name} — read-only`).waitFor();
  await page.getByRole('region', { name: 'Due in the next 60 days' }).getByText('Boiler 1').waitFor();
  expect(await page.getByRole('link', { name: 'Raise a request' }).count()).toBe(0);
  await portalScreenshot(page, 'portal-preview');

  await banner.getByRole('button', { name: 'End preview' }).click();
  await waitForPath(page, '/staff');
  await page.getByRole('banner').getByText('Ada Admin', { exact: true }).waitFor();
});
