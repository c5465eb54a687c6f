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
  // The audit log just shown may name her too (as the actor of recent events): wait for the users list.
  await waitForPath(page, '/staff/users');
  await page.getByRole('heading', { name: 'Benutzer', level: 1 }).waitFor();
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

test('configurable names read in German where staff gave a German name, and as given where not', async () => {
  const { page } = browser;
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Login-ID oder E-Mail').fill('admin@portico.demo');
  await page.getByLabel('Passwort', { exact: true }).fill('portico-admin');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await waitForPath(page, '/staff');

  // The shipped types read in German; the list also names them as stored.
  await page.goto(`${baseUrl}/staff/ticket-types`);
  const types = page.getByRole('table', { name: 'Ticketarten' });
  await types.getByRole('row').filter({ hasText: 'Serviceanfrage' }).filter({ hasText: 'Service request' }).waitFor();

  // A new type with a German name: the German back office reads it in German.
  const key = `calibration_${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'Neue Ticketart' }).click();
  const form = page.getByRole('dialog', { name: 'Neue Ticketart' });
  await form.getByRole('textbox', { name: 'Name' }).first().fill('Calibration');
  await form.getByRole('textbox', { name: 'Name auf Deutsch' }).fill('Kalibrierung');
  await form.getByRole('textbox', { name: 'Schlüssel' }).fill(key);
  await screenshot(page, 'staff-ticket-type-form-de');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await form.waitFor({ state: 'hidden' });
  await types.getByRole('row').filter({ hasText: key }).filter({ hasText: 'Kalibrierung' }).waitFor();
  await screenshot(page, 'staff-ticket-types-de');

  // Flags and file types likewise, down to the flag on an order; the credit hold has no portal name to hide.
  await page.goto(`${baseUrl}/staff/flags`);
  await page.getByRole('table', { name: 'Markierungen' }).getByText('Wartet auf Freigabe', { exact: true }).waitFor();
  await page.goto(`${baseUrl}/staff/orders`);
  await page.getByRole('table', { name: 'Bestellungen' }).getByRole('row').filter({ hasText: 'Author flyers' }).getByText('Wartet auf Freigabe').waitFor();
  await page.goto(`${baseUrl}/staff/file-types`);
  await page.getByRole('table', { name: 'Dateitypen' }).getByRole('row').filter({ hasText: 'Zertifikat' }).filter({ hasText: 'Certificate' }).waitFor();

  // Switching to English refetches: the same lists read the names as given.
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await page.getByRole('table', { name: 'File types' }).getByRole('row').filter({ hasText: 'Certificate' }).waitFor();
  expect(await page.getByRole('table', { name: 'File types' }).getByText('Zertifikat').count()).toBe(0);
  await page.goto(`${baseUrl}/staff/orders`);
  await page.getByRole('table', { name: 'Orders' }).getByRole('row').filter({ hasText: 'Author flyers' }).getByText('Awaiting approval').waitFor();
  await page.goto(`${baseUrl}/staff/ticket-types`);
  await page.getByRole('table', { name: 'Ticket types' }).getByRole('row').filter({ hasText: key }).getByText('Calibration', { exact: true }).waitFor();
});
