import { afterEach, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { portalScreenshot } from './support/portal-screens';
import { signIn } from './support/sign-in';
import { ADMIN, adminApi, customerNamed, openPortalArea } from './support/scenario-setup';

/**
 * Issue #13: asset trees shown as trees. Staff expand a customer's top-level assets level by level;
 * in the portal the tree starts at the tops of what the user sees (Anna: the HQ building she is granted).
 */
const baseUrl = inject('baseUrl');
let browser: BrowserSession | undefined;

afterEach(async () => {
  if (!browser) return;
  await browser.close();
  expect(browser.problems).toEqual([]);
});

test("staff expand a customer's asset tree level by level", async () => {
  browser = await openBrowser();
  const { page } = browser;
  const api = await adminApi(baseUrl);
  const berlin = await customerNamed(api, 'Northwind Berlin');
  await signIn(page, baseUrl, ADMIN.login, ADMIN.password);
  await waitForPath(page, '/staff');
  await page.goto(`${baseUrl}/staff/customers/${berlin.id}`);
  await page.getByRole('tab', { name: 'Assets' }).click();
  const table = page.getByRole('table', { name: 'Assets of Northwind Berlin' });
  await table.getByRole('link', { name: 'HQ building services' }).waitFor();
  // Only the top of the tree until it is opened.
  expect(await table.getByRole('link', { name: 'Boiler 1' }).count()).toBe(0);
  await table.getByRole('button', { name: /^Show the \d+ sub-assets of HQ building services$/ }).click();
  await table.getByRole('link', { name: 'Rooftop heat pump' }).waitFor();
  await table.getByRole('button', { name: 'Show the 2 sub-assets of Plant room B1' }).click();
  await table.getByRole('link', { name: 'Boiler 1' }).waitFor();
  await table.getByRole('link', { name: 'Boiler 2' }).waitFor();
  // Leaves have no expander.
  expect(await table.getByRole('button', { name: /sub-assets of Boiler 1/ }).count()).toBe(0);
  await screenshot(page, 'staff-asset-tree');
  await table.getByRole('button', { name: 'Hide the sub-assets of Plant room B1' }).click();
  await expect.poll(() => table.getByRole('link', { name: 'Boiler 1' }).count()).toBe(0);
});

test('a portal user opens the tree from the tops of what she sees', async () => {
  browser = await openBrowser();
  const { page } = browser;
  await signIn(page, baseUrl, 'anna@northwind.example', 'portal-anna');
  await waitForPath(page, '/portal');
  await openPortalArea(page, 'Assets', '/portal/assets');
  await page.getByRole('radiogroup', { name: 'Show assets as' }).getByText('Tree', { exact: true }).click();
  const assets = page.getByRole('list', { name: 'Assets' });
  await assets.getByRole('link', { name: /HQ building services/ }).waitFor();
  await expect.poll(() => assets.getByRole('link', { name: /Boiler 1/ }).count()).toBe(0);
  await assets.getByRole('button', { name: /^Show the \d+ sub-assets of HQ building services$/ }).click();
  const underHq = assets.getByRole('list', { name: 'Sub-assets of HQ building services' });
  await underHq.getByRole('button', { name: 'Show the 2 sub-assets of Plant room B1' }).click();
  await underHq.getByRole('list', { name: 'Sub-assets of Plant room B1' }).getByRole('link', { name: /Boiler 1/ }).waitFor();
  await portalScreenshot(page, 'portal-asset-tree');
  // A search is a flat list again.
  await page.getByRole('searchbox', { name: 'Search name or serial number' }).fill('Boiler');
  await expect.poll(() => assets.getByRole('button', { name: /sub-assets/ }).count()).toBe(0);
  await assets.getByRole('link', { name: /Boiler 2/ }).waitFor();
  expect(await assets.getByRole('link', { name: /HQ building services/ }).count()).toBe(0);
});
