import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { signIn } from './support/sign-in';

const baseUrl = inject('baseUrl');
const admin = { login: 'admin@portico.demo', password: 'portico-admin' };
/** Keeps this run's records apart from the demo data and from earlier runs against the same server. */
const run = Date.now().toString(36);
const pagingPrefix = `Paging ${run}`;
const PAGING_CUSTOMERS = 30;
const PAGE_SIZE = 25;

let browser: BrowserSession;

/** A signed-in API session for arranging data (the journeys themselves go through the browser). */
async function apiSession(): Promise<(path: string, body: unknown) => Promise<Response>> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return (path, body) =>
    fetch(`${baseUrl}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
}

beforeAll(async () => {
  // More customers than fit on one page, all matching one search, so paging can be walked.
  const post = await apiSession();
  for (let i = 1; i <= PAGING_CUSTOMERS; i++) {
    const response = await post('/customers', { name: `${pagingPrefix} customer ${String(i).padStart(2, '0')}` });
    expect(response.status).toBe(201);
  }
});

beforeEach(async () => {
  browser = await openBrowser();
});

afterEach(async () => {
  await browser.close();
  expect(browser.problems).toEqual([]);
});

async function signInAsAdmin(page: Page): Promise<void> {
  await signIn(page, baseUrl, admin.login, admin.password);
  await waitForPath(page, '/staff');
}

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

async function openArea(page: Page, name: string, path: string): Promise<void> {
  await navigation(page).getByRole('link', { name, exact: true }).click();
  await waitForPath(page, path);
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

function tableRows(page: Page, name: string) {
  return page.getByRole('table', { name }).locator('tbody tr');
}

test('the admin creates a customer, finds it, adds a site, renames it and is told when the name is empty', async () => {
  const { page } = browser;
  const name = `Acme Facilities ${run}`;
  const renamed = `Acme Facility Services ${run}`;
  await signInAsAdmin(page);
  await openArea(page, 'Customers', '/staff/customers');
  await tableRows(page, 'Customers').first().waitFor();
  await screenshot(page, 'staff-customers-list');

  // Create with the drawer form; the new customer's page opens.
  await page.getByRole('button', { name: 'New customer' }).click();
  const createDialog = page.getByRole('dialog', { name: 'New customer' });
  await createDialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await createDialog.getByRole('textbox', { name: 'E-mail' }).fill('facilities@acme.example');
  await screenshot(page, 'staff-customer-form');
  await createDialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/staff\/customers\/[0-9a-f-]{36}$/);

  // Back in the list, the search (debounced, sent as q) finds it.
  await openArea(page, 'Customers', '/staff/customers');
  await page.getByRole('searchbox', { name: 'Search by name or number' }).fill('Acme Facilities');
  await page.waitForURL((url) => url.searchParams.get('q') === 'Acme Facilities');
  const found = page.getByRole('table', { name: 'Customers' }).getByRole('link', { name, exact: true });
  await found.waitFor();
  await expect.poll(() => tableRows(page, 'Customers').count()).toBe(1);
  await screenshot(page, 'staff-customers-search');
  await found.click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();

  // Add a site from the customer's page; it shows up in the customer's sites.
  await page.getByRole('tab', { name: 'Sites' }).click();
  await page.getByRole('button', { name: 'New site' }).click();
  const siteDialog = page.getByRole('dialog', { name: 'New site' });
  await siteDialog.getByRole('textbox', { name: 'Name' }).fill('Acme head office');
  await siteDialog.getByRole('textbox', { name: 'City' }).fill('Leipzig');
  await siteDialog.getByRole('button', { name: 'Save' }).click();
  await siteDialog.waitFor({ state: 'hidden' });
  await page.getByRole('table', { name: `Sites of ${name}` }).getByRole('link', { name: 'Acme head office' }).waitFor();
  await screenshot(page, 'staff-customer-detail');

  // A new customer has no projects, orders or portal users yet: each tab says so.
  for (const [tab, empty] of <const>[['Projects', 'No projects for this customer yet.'], ['Orders', 'No orders for this customer yet.'], ['Portal users', 'No portal users yet']]) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.getByText(empty).waitFor();
  }
  await screenshot(page, 'staff-customer-portal-users-empty');
  await page.getByRole('tab', { name: 'Sites' }).click();

  // An empty name is refused by the API; its message appears at the field, and the drawer stays open.
  await page.getByRole('button', { name: 'Edit' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit customer' });
  const nameField = editDialog.getByRole('textbox', { name: 'Name' });
  await nameField.fill('');
  await editDialog.getByRole('button', { name: 'Save' }).click();
  await editDialog.getByText('This field is required.').waitFor();
  expect(await nameField.getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, 'staff-customer-validation');

  await nameField.fill(renamed);
  await editDialog.getByRole('button', { name: 'Save' }).click();
  await editDialog.waitFor({ state: 'hidden' });
  await page.getByRole('heading', { name: renamed, level: 1 }).waitFor();

  // The site opens with the customer in its breadcrumbs.
  await page.getByRole('link', { name: 'Acme head office' }).click();
  await page.getByRole('heading', { name: 'Acme head office', level: 1 }).waitFor();
  await page.getByRole('link', { name: renamed }).first().waitFor();
  await screenshot(page, 'staff-site-detail');
});

/** Opens a demo customer's page through the customers list search. */
async function openCustomer(page: Page, name: string): Promise<void> {
  await openArea(page, 'Customers', '/staff/customers');
  await page.getByRole('searchbox', { name: 'Search by name or number' }).fill(name);
  await page.getByRole('table', { name: 'Customers' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

test("a customer's tabs list its projects, orders, tickets, contacts and portal users, each linking to the record", async () => {
  const { page } = browser;
  await signInAsAdmin(page);
  await openCustomer(page, 'Globex Retail');

  await page.getByRole('tab', { name: 'Projects' }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === 'projects');
  const projects = page.getByRole('table', { name: 'Projects of Globex Retail' });
  await projects.getByText('Store 12 CCTV upgrade').waitFor();
  await screenshot(page, 'staff-customer-projects');
  await projects.locator('tbody tr').first().getByRole('link').first().click();
  await page.getByRole('heading', { name: 'Store 12 CCTV upgrade', level: 1 }).waitFor();
  // Back from the record, the customer's page opens on the same tab.
  await page.goBack();
  await projects.getByText('Store 12 CCTV upgrade').waitFor();
  expect(await page.getByRole('tab', { name: 'Projects' }).getAttribute('aria-selected')).toBe('true');

  await page.getByRole('tab', { name: 'Tickets' }).click();
  await page.getByRole('table', { name: 'Tickets of Globex Retail' }).locator('tbody tr').first().waitFor();
  // The demo's people are contacts of their customers (issue #13).
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('table', { name: 'Contacts of Globex Retail' }).getByText('Gus Agent', { exact: true }).waitFor();

  await page.getByRole('tab', { name: 'Portal users' }).click();
  const users = page.getByRole('table', { name: 'Portal users of Globex Retail' });
  await users.getByText('Gus Agent').waitFor();
  await expect.poll(() => users.locator('tbody tr').count()).toBe(1);
  await screenshot(page, 'staff-customer-portal-users');
  await users.getByRole('link', { name: 'Gus Agent' }).click();
  await page.getByRole('heading', { name: 'Gus Agent', level: 1 }).waitFor();

  await openCustomer(page, 'Blue Harbor Publishing');
  await page.getByRole('tab', { name: 'Orders', exact: true }).click();
  const orders = page.getByRole('table', { name: 'Orders of Blue Harbor Publishing' });
  await orders.getByText('O-000001').waitFor();
  await screenshot(page, 'staff-customer-orders');
  await orders.locator('tbody tr').filter({ hasText: 'O-000001' }).getByRole('link').first().click();
  await page.waitForURL((url) => url.pathname.startsWith('/staff/orders/'));
  await page.getByRole('heading', { level: 1 }).waitFor();
});

test('the demo asset Boiler 1 shows where it sits and its work-order history', async () => {
  const { page } = browser;
  await signInAsAdmin(page);
  await openArea(page, 'Assets', '/staff/assets');
  // Only the tops of the asset trees are listed; a search looks through every level.
  await page.getByRole('table', { name: 'Assets' }).getByRole('link', { name: 'HQ building services' }).waitFor();
  expect(await page.getByRole('table', { name: 'Assets' }).getByRole('link', { name: 'Boiler 1' }).count()).toBe(0);
  await screenshot(page, 'staff-assets-list');
  await page.getByRole('searchbox', { name: 'Search by name or serial number' }).fill('Boiler 1');
  await page.getByRole('table', { name: 'Assets' }).getByRole('link', { name: 'Boiler 1', exact: true }).click();

  await page.getByRole('heading', { name: 'Boiler 1', level: 1 }).waitFor();
  const breadcrumbs = page.getByLabel('Breadcrumbs');
  await breadcrumbs.getByRole('link', { name: 'HQ building services' }).waitFor();
  await breadcrumbs.getByRole('link', { name: 'Plant room B1' }).waitFor();
  await page.getByText('VX-2291-A').waitFor();

  const history = page.getByRole('table', { name: 'Service history of Boiler 1' });
  await history.getByRole('link', { name: 'WO-000001' }).waitFor();
  await history.getByText('Annual boiler service').waitFor();
  await screenshot(page, 'staff-asset-detail');

  // The work order: tasks, and notes marked internal or public; a new note is internal unless chosen otherwise.
  await history.getByRole('link', { name: 'WO-000001' }).click();
  await page.getByRole('heading', { name: 'Annual boiler service', level: 1 }).waitFor();
  await page.getByRole('checkbox', { name: 'Check burner' }).waitFor();
  await page.getByText('Technician visit confirmed for next week.').waitFor();
  const notes = page.getByRole('list', { name: 'Notes' });
  await notes.getByText('Public', { exact: true }).waitFor();
  await notes.getByText('Internal', { exact: true }).first().waitFor();
  await page.getByRole('textbox', { name: 'Write a note…' }).fill('Gasket kit packed.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await notes.getByText('Gasket kit packed.').waitFor();
  expect(await notes.getByText('Internal', { exact: true }).count()).toBe(2);
  await screenshot(page, 'staff-work-order-detail');
});

test('a long list pages forward and back with the cursor', async () => {
  const { page } = browser;
  await signInAsAdmin(page);
  await openArea(page, 'Customers', '/staff/customers');
  await page.getByRole('searchbox', { name: 'Search by name or number' }).fill(pagingPrefix);
  await page.waitForURL((url) => url.searchParams.get('q') === pagingPrefix);
  await page.getByRole('link', { name: `${pagingPrefix} customer 01`, exact: true }).waitFor();
  // Only this run's customers: none of the demo customers (sorted before them) is left on the page.
  await page.getByRole('link', { name: 'Blue Harbor Publishing' }).waitFor({ state: 'detached' });
  await expect.poll(() => tableRows(page, 'Customers').count()).toBe(PAGE_SIZE);
  await page.getByText('Page 1', { exact: true }).waitFor();

  const pager = page.getByRole('group', { name: 'Pages of Customers' });
  await pager.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('link', { name: `${pagingPrefix} customer ${PAGE_SIZE + 1}`, exact: true }).waitFor();
  await expect.poll(() => tableRows(page, 'Customers').count()).toBe(PAGING_CUSTOMERS - PAGE_SIZE);
  await page.getByText('Page 2', { exact: true }).waitFor();
  expect(await pager.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
  await screenshot(page, 'staff-customers-page-2');

  await pager.getByRole('button', { name: 'Previous' }).click();
  await page.getByRole('link', { name: `${pagingPrefix} customer 01`, exact: true }).waitFor();
  await page.getByText('Page 1', { exact: true }).waitFor();

  // The page is in the URL and its history entry: the back button returns to page 2.
  await pager.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Page 2', { exact: true }).waitFor();
  await page.getByRole('link', { name: `${pagingPrefix} customer ${PAGE_SIZE + 1}`, exact: true }).click();
  await page.getByRole('heading', { name: `${pagingPrefix} customer ${PAGE_SIZE + 1}`, level: 1 }).waitFor();
  await page.goBack();
  await page.getByText('Page 2', { exact: true }).waitFor();
  await pager.getByRole('button', { name: 'Previous' }).click();
  await page.getByText('Page 1', { exact: true }).waitFor();
});

test('every back-office area lists the demo data', async () => {
  const { page } = browser;
  await signInAsAdmin(page);
  const areas: { name: string; path: string; shows: string; shot: string; open?: string }[] = [
    { name: 'Sites', path: '/staff/sites', shows: 'Berlin HQ', shot: 'staff-sites-list' },
    { name: 'Contacts', path: '/staff/contacts', shows: 'Quinn Quality', shot: 'staff-contacts-list' },
    { name: 'Work orders', path: '/staff/work-orders', shows: 'WO-000002', shot: 'staff-work-orders-list' },
    { name: 'Projects', path: '/staff/projects', shows: 'P-000001', shot: 'staff-projects-list', open: 'staff-project-detail' },
    { name: 'Orders', path: '/staff/orders', shows: 'O-000001', shot: 'staff-orders-list', open: 'staff-order-detail' },
    { name: 'Tickets', path: '/staff/tickets', shows: 'T-000001', shot: 'staff-tickets-list', open: 'staff-ticket-detail' },
    { name: 'Schedule', path: '/staff/schedule', shows: 'Quarterly maintenance round', shot: 'staff-schedule-list' },
    { name: 'Documents', path: '/staff/documents', shows: 'Escalation policy', shot: 'staff-documents-list', open: 'staff-document-detail' },
    { name: 'Users', path: '/staff/users', shows: 'Ada Admin', shot: 'staff-users-list' },
    { name: 'Ticket types', path: '/staff/ticket-types', shows: 'Incident report', shot: 'staff-ticket-types' },
    { name: 'File types', path: '/staff/file-types', shows: 'Certificate', shot: 'staff-file-types' },
    { name: 'Flags', path: '/staff/flags', shows: 'Awaiting approval', shot: 'staff-flags' },
    { name: 'Audit log', path: '/staff/audit-log', shows: 'Signed in', shot: 'staff-audit-log' },
  ];
  for (const area of areas) {
    await openArea(page, area.name, area.path);
    await page.getByRole('table').first().getByText(area.shows, { exact: true }).first().waitFor();
    await screenshot(page, area.shot);
    if (area.open) {
      await page.getByRole('table').first().locator('tbody tr').first().getByRole('link').first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, area.open);
    }
  }
});
