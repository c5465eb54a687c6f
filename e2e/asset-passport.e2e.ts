import { beforeAll, expect, inject, test } from 'vitest';
import { browserPerTest, waitForPath } from './support/browser';
import { findByName } from './support/portal-api';
import { portalScreenshot } from './support/portal-screens';
import { activateInBrowser, activationPathFor, adminApi, customerNamed, inviteUser, siteNamed, uniqueEmail } from './support/scenario-setup';
import type { AdminApi, Named } from './support/scenario-setup';
import { signOut } from './support/sign-in';

/**
 * Issue #14: a QR label on a lab balance links /a/{assetId}. A customer scans it signed out, signs in, lands
 * on the balance's passport with its certificate, and reports a problem with the balance filled in; a label
 * of another customer's asset says "not found". Anyone can check a certificate's printed code.
 */
const baseUrl = inject('baseUrl');
const user = { email: uniqueEmail('lab-manager', 'helix.example'), name: 'Lena Labor', password: 'lena-labor-secret' };

let api: AdminApi;
let balance: Named;
let foreignAsset: Named;
let certificateCode: string;
let activationPath: string;
const browsers = browserPerTest();

beforeAll(async () => {
  api = await adminApi(baseUrl);
  const helix = await customerNamed(api, 'Helix Pharma');
  const labNorth = await siteNamed(api, helix.id, 'Lab North');
  balance = await findByName<Named>(api, '/assets', 'Analytical balance AB-204', { customerId: helix.id });
  foreignAsset = await findByName<Named>(api, '/assets', 'Boiler 1', { customerId: (await customerNamed(api, 'Northwind Berlin')).id });

  // The lab's calibration was completed; staff issue its certificate, as the technician would on site.
  const calibration = (await api.get<{ items: { id: string; title: string }[] }>(`/work-orders?assetId=${balance.id}&status=completed&limit=50`)).items.find((item) => item.title === 'Calibration AB-204')!;
  const issued = await api.post<{ verificationCode: string }>(`/work-orders/${calibration.id}/reports`, { workDone: 'Linearity and repeatability within tolerance; span adjusted.', language: 'en' });
  certificateCode = issued.verificationCode;

  const userId = await inviteUser(api, { email: user.email, displayName: user.name, customerId: helix.id, roleTemplate: 'customer', sites: [{ siteId: labNorth.id, level: 'write' }] });
  await api.put(`/users/${userId}/access`, { modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets' } });
  activationPath = await activationPathFor(user.email);
});

test('a customer scans an asset label, signs in, sees its passport and reports a problem with the asset filled in', async () => {
  const { page } = await browsers.open();
  await activateInBrowser(page, baseUrl, activationPath, user.password);
  await signOut(page, user.name);
  await waitForPath(page, '/login');

  // The label's link, opened signed out: the sign-in page first, then straight on to the asset.
  await page.goto(`${baseUrl}/a/${balance.id}`);
  await waitForPath(page, '/login');
  await page.getByLabel('Login ID or e-mail').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPath(page, `/portal/assets/${balance.id}`);
  await page.getByRole('heading', { name: balance.name, level: 1 }).waitFor();

  // The passport: the certificate of the completed calibration, with its code and a way to verify it.
  const documents = page.getByRole('region', { name: 'Reports and certificates' });
  await documents.getByRole('link', { name: 'Calibration certificate' }).waitFor();
  await documents.getByText(`Verification code ${certificateCode}`).waitFor();
  await portalScreenshot(page, 'portal-asset-passport');

  // Report a problem: the form arrives with the balance chosen.
  await page.getByRole('link', { name: 'Report a problem' }).click();
  await waitForPath(page, '/portal/tickets/new');
  await page.getByRole('heading', { name: 'Raise a request', level: 1 }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Asset (optional)' }).inputValue()).toContain(balance.name);
  await page.getByRole('radio', { name: /Service request/ }).check();
  const subject = 'Balance drifts after warm-up';
  await page.getByLabel('Subject').fill(subject);
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByRole('heading', { name: subject, level: 1 }).waitFor();
  await page.getByRole('link', { name: balance.name }).waitFor();

  // A label of another customer's asset: the same "not found" as an asset that does not exist.
  await page.goto(`${baseUrl}/a/${foreignAsset.id}`);
  await waitForPath(page, `/portal/assets/${foreignAsset.id}`);
  await page.getByText('Not found').first().waitFor();
  expect(await page.getByText(foreignAsset.name).count()).toBe(0);
});

test('anyone can check a certificate by the code printed on it, signed out', async () => {
  const { page } = await browsers.open();
  await page.goto(`${baseUrl}/verify/${certificateCode.toLowerCase()}`);
  await page.getByRole('heading', { name: 'Verify a document' }).waitFor();
  await page.getByText('This document was issued').waitFor();
  await page.getByText(`Document ${certificateCode} was issued on`).waitFor();

  await page.getByLabel('Verification code or SHA-256').fill('ABCD-EFGH-JKMN');
  await page.getByRole('button', { name: 'Check' }).click();
  await waitForPath(page, '/verify/ABCD-EFGH-JKMN');
  await page.getByText('No such document').waitFor();
});
