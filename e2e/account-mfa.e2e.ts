import { generateSync } from 'otplib';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { adminApi, uniqueEmail } from './support/scenario-setup';
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

/** The code an authenticator app shows now, or in the next step (a spent step is never accepted twice). */
const codeFor = (secret: string, offsetSeconds = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test('a staff user sets up two-factor sign-in, then signs in with a code and with a recovery code', async () => {
  const { page } = browser;
  // A user of its own: the demo users other journeys sign in with stay without a second factor.
  const user = { login: uniqueEmail('mfa', 'staff.test'), password: 'initial-secret-123', newPassword: 'mfa-journey-secret', name: 'Mira Factor' };
  const admin = await adminApi(baseUrl);
  await admin.post('/users', { login: user.login, displayName: user.name, role: 'technician', password: user.password });

  await signIn(page, baseUrl, user.login, user.password);
  await page.getByLabel('Current password', { exact: true }).fill(user.password);
  await page.getByLabel('New password', { exact: true }).fill(user.newPassword);
  await page.getByLabel('Repeat new password', { exact: true }).fill(user.newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await waitForPath(page, '/staff');

  await page.getByRole('button', { name: `Account menu for ${user.name}` }).click();
  await page.getByRole('menuitem', { name: 'Two-factor sign-in' }).click();
  await waitForPath(page, '/account/security');
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await page.getByRole('img', { name: 'QR code for the authenticator app' }).waitFor();
  const secret = (await page.getByTestId('mfa-secret').textContent())!.trim();
  await page.getByLabel('6-digit code').fill(codeFor(secret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  const codes = page.getByTestId('recovery-codes').locator('code');
  await codes.first().waitFor();
  expect(await codes.count()).toBe(10);
  const recoveryCode = (await codes.first().textContent())!.trim();
  await screenshot(page, 'account-mfa-recovery-codes');
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  await page.getByText('Recovery codes left: 10').waitFor();

  await signOut(page, user.name);
  await waitForPath(page, '/login');
  await signIn(page, baseUrl, user.login, user.newPassword);
  await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
  await page.getByLabel('6-digit code').fill('000000' === codeFor(secret, 30) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('alert').filter({ hasText: 'The code is not correct.' }).waitFor();
  // The next step's code: the enrolment spent the current one.
  await page.getByLabel('6-digit code').fill(codeFor(secret, 30));
  await page.getByRole('button', { name: 'Verify' }).click();
  await waitForPath(page, '/staff');
  await page.getByRole('banner').getByText(user.name, { exact: true }).waitFor();

  await signOut(page, user.name);
  await waitForPath(page, '/login');
  await signIn(page, baseUrl, user.login, user.newPassword);
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByLabel('Recovery code').fill(recoveryCode);
  await page.getByRole('button', { name: 'Verify' }).click();
  await waitForPath(page, '/staff');

  await page.getByRole('button', { name: `Account menu for ${user.name}` }).click();
  await page.getByRole('menuitem', { name: 'Two-factor sign-in' }).click();
  await page.getByText('Recovery codes left: 9').waitFor();
});
