import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { requirePasswordChange } from './support/database';
import { signIn, signOut } from './support/sign-in';

const baseUrl = inject('baseUrl');

let browser: BrowserSession;

beforeEach(async () => {
  browser = await openBrowser();
});

afterEach(async () => {
  await browser.close();
  expect(browser.problems).toEqual([]);
});

test('a technician changes their password from the account menu and signs in with the new one', async () => {
  const { page } = browser;
  const technician = { login: 'technician@portico.demo', password: 'portico-technician', name: 'Tess Technician' };
  const newPassword = 'technician-new-secret';
  await signIn(page, baseUrl, technician.login, technician.password);
  await waitForPath(page, '/staff');

  // Technicians do not manage users, so the administration links are not offered.
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await navigation.getByRole('link', { name: 'Customers', exact: true }).waitFor();
  expect(await navigation.getByRole('link', { name: 'Users', exact: true }).count()).toBe(0);

  await page.getByRole('button', { name: `Account menu for ${technician.name}` }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  await waitForPath(page, '/account/password');

  await page.getByLabel('Current password', { exact: true }).fill('not-my-password');
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat new password', { exact: true }).fill('something-else-entirely');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('The two new passwords do not match.').waitFor();

  await page.getByLabel('Repeat new password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('alert').filter({ hasText: 'The current password is not correct.' }).waitFor();

  await page.getByLabel('Current password', { exact: true }).fill(technician.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();
  await screenshot(page, 'account-password');

  await signOut(page, technician.name);
  await waitForPath(page, '/login');
  await signIn(page, baseUrl, technician.login, newPassword);
  await waitForPath(page, '/staff');
  await page.getByRole('banner').getByText(technician.name, { exact: true }).waitFor();
});

test('a user who must change their password sees only that page until they have', async () => {
  const { page } = browser;
  const coordinator = { login: 'coordinator@portico.demo', password: 'portico-coordinator', name: 'Cole Coordinator' };
  requirePasswordChange(coordinator.login);

  await signIn(page, baseUrl, coordinator.login, coordinator.password);
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  expect(await page.getByRole('navigation').count()).toBe(0);
  await screenshot(page, 'forced-password-change');

  // Any other address shows the same page: the server refuses everything else until the change.
  await page.goto(`${baseUrl}/staff/customers`);
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();

  await page.getByLabel('Current password', { exact: true }).fill(coordinator.password);
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('Repeat new password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('Use at least 10 characters.', { exact: true }).first().waitFor();

  await page.getByLabel('New password', { exact: true }).fill('coordinator-new-secret');
  await page.getByLabel('Repeat new password', { exact: true }).fill('coordinator-new-secret');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
  await page.getByRole('banner').getByText(coordinator.name, { exact: true }).waitFor();
});
