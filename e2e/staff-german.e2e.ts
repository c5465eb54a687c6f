import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { choose, openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';

/**
 * The back office in German, as a browser set to German opens it: sign-in, navigation, every area with
 * its demo data, and the API's validation messages in German.
 */
const baseUrl = inject('baseUrl');

let browser: BrowserSession;

beforeEach(async () => {
  browser = await openBrowser({ locale: 'de-DE' });
});

afterEach(async () => {
  await browser.close();
  expect(browser.problems).toEqual([]);
});

test('a German browser gets the back office in German, validation messages included', async () => {
  const { page } = browser;
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('heading', { name: 'Anmelden', level: 1 }).waitFor();
  await page.getByLabel('Login-ID oder E-Mail').fill('admin@portico.demo');
  await page.getByLabel('Passwort', { exact: true }).fill('portico-admin');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await waitForPath(page, '/staff');
  await page.getByRole('heading', { name: 'Willkommen, Ada Admin', level: 1 }).waitFor();

  const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
  const areas: [name: string, path: string][] = [
    ['Kunden', '/staff/customers'],
    ['Standorte', '/staff/sites'],
    ['Anlagen', '/staff/assets'],
    ['Arbeitsaufträge', '/staff/work-orders'],
    ['Projekte', '/staff/projects'],
    ['Bestellungen', '/staff/orders'],
    ['Tickets', '/staff/tickets'],
    ['Terminplan', '/staff/schedule'],
    ['Dokumente', '/staff/documents'],
    ['Benutzer', '/staff/users'],
    ['Protokoll', '/staff/audit-log'],
  ];
  for (const [name, path] of areas) {
    await navigation.getByRole('link', { name, exact: true }).click();
    await waitForPath(page, path);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('table').first().locator('tbody tr').first().waitFor();
  }
  await screenshot(page, 'staff-audit-log-de');

  // "Explain access" words its reasons in German and links the records they name.
  await navigation.getByRole('link', { name: 'Benutzer', exact: true }).click();
  await page.getByRole('table').getByRole('link', { name: 'Anna Berger' }).click();
  await page.getByRole('heading', { name: 'Anna Berger', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Zugriff erklären…' }).click();
  const explain = page.getByRole('dialog', { name: 'Warum sieht dieser Benutzer das?' });
  await choose(page, explain, 'Datensatz', 'Boiler 1', 'Boiler 1');
  const verdict = explain.getByRole('status', { name: 'Für diesen Benutzer sichtbar' });
  await verdict.getByRole('listitem').filter({ hasText: 'die übergeordnete Anlage HQ building services ist dem Benutzer freigegeben' }).waitFor();
  await verdict.getByRole('link', { name: 'HQ building services' }).waitFor();
  await screenshot(page, 'staff-explain-de');
  await explain.getByRole('button', { name: 'Schließen' }).click();

  // The API answers in English; the form shows its objection in German next to the field.
  await navigation.getByRole('link', { name: 'Kunden', exact: true }).click();
  await page.getByRole('button', { name: 'Neuer Kunde' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Kunde' });
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await dialog.getByText('Dieses Feld ist erforderlich.').waitFor();
  await screenshot(page, 'staff-customer-form-de');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  // The customer's tabs speak German too: its portal users, with their own empty states elsewhere.
  // Opened while the search is still pending: the page stays on the customer (it used to go back to the list).
  await page.getByRole('searchbox', { name: 'Nach Name oder Nummer suchen' }).fill('Globex Retail');
  await page.getByRole('table', { name: 'Kunden' }).getByRole('link', { name: 'Globex Retail', exact: true }).click();
  await page.getByRole('heading', { name: 'Globex Retail', level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Portalbenutzer' }).click();
  await page.getByRole('table', { name: 'Portalbenutzer von Globex Retail' }).getByRole('link', { name: 'Gus Agent' }).waitFor();
  await screenshot(page, 'staff-customer-portal-users-de');
  await page.getByRole('tab', { name: 'Bestellungen' }).click();
  await page.getByText('Noch keine Bestellungen für diesen Kunden.').waitFor();
  // The shipped ticket types and statuses are worded in German (issue #13): "Service request", "New".
  await page.getByRole('tab', { name: 'Tickets' }).click();
  const tickets = page.getByRole('table', { name: 'Tickets von Globex Retail' });
  await tickets.getByText('Neu', { exact: true }).first().waitFor();
  expect(await tickets.getByText('New', { exact: true }).count()).toBe(0);
  await screenshot(page, 'staff-customer-tickets-de');

  await page.getByRole('button', { name: 'Kontomenü für Ada Admin' }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await waitForPath(page, '/login');
});
