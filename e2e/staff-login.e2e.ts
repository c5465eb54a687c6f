import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { signIn } from './support/sign-in';

const baseUrl = inject('baseUrl');
const admin = { login: 'admin@portico.demo', password: 'portico-admin', name: 'Ada Admin' };

let browser: BrowserSession;

beforeEach(async () => {
  browser = await openBrowser();
});

afterEach(async () => {
  await browser.close();
  expect(browser.problems).toEqual([]);
});

test('a wrong password shows the server message and stays on /login', async () => {
  const { page } = browser;
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await screenshot(page, 'login-page');

  await page.getByLabel('Login ID or e-mail').fill(admin.login);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Invalid login or password.');
  await screenshot(page, 'login-page-error');
  expect(new URL(page.url()).pathname).toBe('/login');
  // The password is cleared for the next attempt; the login stays.
  expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
  expect(await page.getByLabel('Login ID or e-mail').inputValue()).toBe(admin.login);
});

test('the admin signs in, sees the back office, switches to German and signs out', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, admin.login, admin.password);
  await waitForPath(page, '/staff');

  await page.getByRole('banner').getByText(admin.name, { exact: true }).waitFor();
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  for (const area of ['Customers', 'Sites', 'Contacts', 'Assets', 'Work orders', 'Projects', 'Orders', 'Tickets', 'Schedule', 'Documents', 'Users', 'Ticket types', 'File types', 'Flags', 'Audit log']) {
    await navigation.getByRole('link', { name: area, exact: true }).waitFor();
  }
  await screenshot(page, 'staff-shell');

  await navigation.getByRole('link', { name: 'Work orders', exact: true }).click();
  await waitForPath(page, '/staff/work-orders');
  await page.getByRole('heading', { name: 'Work orders', level: 1 }).waitFor();
  // The demo company's work orders, listed from the API.
  await page.getByRole('table', { name: 'Work orders' }).getByRole('link', { name: 'WO-000001' }).waitFor();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  const navigationDe = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await navigationDe.getByRole('link', { name: 'Kunden', exact: true }).waitFor();
  await navigationDe.getByRole('link', { name: 'Arbeitsaufträge', exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Arbeitsaufträge', level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  await screenshot(page, 'staff-shell-de');

  // The choice outlives a reload, although the browser itself asks for English.
  await page.reload();
  await navigationDe.getByRole('link', { name: 'Kunden', exact: true }).waitFor();

  await page.getByRole('button', { name: `Kontomenü für ${admin.name}` }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await waitForPath(page, '/login');
  await page.getByRole('heading', { name: 'Anmelden' }).waitFor();

  // The session is really gone: the back office sends the browser back to the sign-in page.
  await page.goto(`${baseUrl}/staff`);
  await waitForPath(page, '/login');
});

test('the back office redirects to /login when nobody is signed in', async () => {
  const { page } = browser;
  await page.goto(`${baseUrl}/staff`);
  await waitForPath(page, '/login');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.goto(`${baseUrl}/staff/customers`);
  await waitForPath(page, '/login');
});

test('the back office fits a phone: the navigation hides behind a burger', async () => {
  await browser.close();
  browser = await openBrowser({ viewport: { width: 390, height: 844 } });
  const { page } = browser;
  await signIn(page, baseUrl, admin.login, admin.password);
  await waitForPath(page, '/staff');

  await page.getByRole('heading', { name: `Welcome, ${admin.name}` }).waitFor();
  // A collapsed AppShell navbar is slid off-screen (and inert), not removed, so check where it is.
  const navbarOnScreen = (onScreen: boolean) =>
    page.waitForFunction((expected) => {
      const box = document.querySelector('nav')?.getBoundingClientRect();
      return box !== undefined && box.right > 1 === expected;
    }, onScreen);
  await navbarOnScreen(false);
  await screenshot(page, 'staff-shell-mobile');

  await page.getByRole('button', { name: 'Toggle navigation' }).click();
  await navbarOnScreen(true);
  await screenshot(page, 'staff-shell-mobile-navigation');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Customers', exact: true }).click();
  await waitForPath(page, '/staff/customers');
  await navbarOnScreen(false);
  await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
});
