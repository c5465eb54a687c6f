import { beforeAll, expect, inject, test } from 'vitest';
import { browserPerTest, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { portalScreenshot } from './support/portal-screens';
import { signIn } from './support/sign-in';
import { activateInBrowser, activationPathFor, adminApi, customerNamed, expectAbsent, inviteUser, openPortalArea, uniqueEmail } from './support/scenario-setup';

/**
 * SPEC §5 "Production-shop customer portal": a customer login sees its orders with status, deadline
 * and only the customer-visible flags, never the orders' tasks; a consolidated login sees the records
 * of all its customers.
 */
const baseUrl = inject('baseUrl');
const ORDERS = [
  { title: 'Spring catalogue 2027', status: 'In production' },
  { title: 'Author flyers', status: 'Received' },
  { title: 'Annual report 2026', status: 'Shipped' },
] as const;
const TASKS = ['Prepress check', 'Plate making'];
const consolidated = { email: uniqueEmail('consolidated', 'northwind.example'), name: 'Nora Northwind', password: 'nora-northwind-secret' };

let deadlines: Record<string, string>;
let consolidatedActivation: string;
const browsers = browserPerTest();

/** A `YYYY-MM-DD` date as the English portal shows it (medium date style, no time zone shift). */
const shownDate = (value: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));

beforeAll(async () => {
  const api = await adminApi(baseUrl);
  const blueHarbor = await customerNamed(api, 'Blue Harbor Publishing');
  const orders = await api.get<{ items: { title: string; deadline: string | null }[] }>(`/orders?customerId=${blueHarbor.id}&limit=50`);
  deadlines = Object.fromEntries(orders.items.map((order) => [order.title, order.deadline!.slice(0, 10)]));
  // A second consolidated login, created the way staff do it, next to the demo one.
  const group = await customerNamed(api, 'Northwind Facilities Group');
  await inviteUser(api, { email: consolidated.email, displayName: consolidated.name, customerId: group.id, roleTemplate: 'view_only' });
  consolidatedActivation = await activationPathFor(consolidated.email);
});

test('the buyer sees the three orders with status, deadline and the customer-visible flag, never "Credit hold" nor tasks', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  await signIn(page, baseUrl, 'buyer@blueharbor.example', 'portal-blueharbor');
  await waitForPath(page, '/portal');
  await page.getByRole('heading', { name: 'Welcome, Bea' }).waitFor();

  await openPortalArea(page, 'Orders', '/portal/orders');
  const list = page.getByRole('list', { name: 'Orders' });
  for (const order of ORDERS) {
    const row = list.getByRole('link', { name: new RegExp(order.title) });
    await row.waitFor();
    await row.getByText(order.status, { exact: true }).waitFor();
  }
  // Open orders show their deadline; the shipped one does not need it any more.
  for (const title of ['Spring catalogue 2027', 'Author flyers']) {
    await list.getByRole('link', { name: new RegExp(title) }).getByText(`Due ${shownDate(deadlines[title]!)}`).waitFor();
  }
  await list.getByRole('link', { name: /Author flyers/ }).getByText('Awaiting approval').waitFor();
  expect(await list.getByText('Awaiting approval').count()).toBe(1);
  await expectAbsent(page, 'Credit hold');
  for (const task of TASKS) await expectAbsent(page, task);
  await portalScreenshot(page, 'scenario-production-shop-orders');

  for (const order of ORDERS) {
    await list.getByRole('link', { name: new RegExp(order.title) }).click();
    await page.getByRole('heading', { name: order.title, level: 1 }).waitFor();
    await page.getByRole('group', { name: 'Order progress' }).waitFor();
    await page.getByText(shownDate(deadlines[order.title]!), { exact: true }).waitFor();
    await expectAbsent(page, 'Credit hold');
    for (const task of TASKS) await expectAbsent(page, task);
    if (order.title === 'Author flyers') await page.getByText('Awaiting approval').first().waitFor();
    if (order.title === 'Annual report 2026') await portalScreenshot(page, 'scenario-production-shop-shipped-order');
    await page.getByRole('link', { name: 'All orders' }).click();
    await waitForPath(page, '/portal/orders');
  }

  // The overview's recent orders do not show the hidden flag either.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Overview', exact: true }).click();
  await waitForPath(page, '/portal');
  await page.getByRole('region', { name: 'Recent orders' }).getByText('Spring catalogue 2027').waitFor();
  await expectAbsent(page, 'Credit hold');
});

async function expectBothNorthwindCustomers(page: BrowserSession['page'], screenshotName: string): Promise<void> {
  await openPortalArea(page, 'Assets', '/portal/assets');
  const assets = page.getByRole('list', { name: 'Assets' });
  await assets.getByRole('link', { name: /HQ building services/ }).waitFor();
  await assets.getByRole('link', { name: /Sprinkler system/ }).waitFor();

  await openPortalArea(page, 'Work orders', '/portal/work-orders');
  const workOrders = page.getByRole('list', { name: 'Work orders' });
  await workOrders.getByRole('link', { name: /Annual boiler service/ }).waitFor();
  await workOrders.getByRole('link', { name: /Quarterly sprinkler inspection/ }).waitFor();
  // Nothing of other customers.
  await expectAbsent(page, 'Calibration AB-204');
  await portalScreenshot(page, screenshotName);

  // The switcher lists the sites of both customers and narrows to one of them.
  await page.getByRole('textbox', { name: 'Site', exact: true }).click();
  await page.getByRole('option', { name: 'Hamburg Warehouse' }).click();
  await workOrders.getByRole('link', { name: /Quarterly sprinkler inspection/ }).waitFor();
  await expect.poll(() => workOrders.getByRole('link', { name: /Annual boiler service/ }).count()).toBe(0);
  await page.getByRole('textbox', { name: 'Site', exact: true }).click();
  await page.getByRole('option', { name: 'All sites' }).click();
  await workOrders.getByRole('link', { name: /Annual boiler service/ }).waitFor();
}

test('the consolidated login facilities@northwind.example sees the records of both Northwind customers', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  await signIn(page, baseUrl, 'facilities@northwind.example', 'portal-northwind');
  await waitForPath(page, '/portal');
  await page.getByRole('heading', { name: 'Welcome, Northwind' }).waitFor();
  await expectBothNorthwindCustomers(page, 'scenario-production-shop-consolidated');
});

test('a consolidated login invited by staff on the group account sees both customers too', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  await activateInBrowser(page, baseUrl, consolidatedActivation, consolidated.password);
  await page.getByRole('heading', { name: 'Welcome, Nora' }).waitFor();
  await expectBothNorthwindCustomers(page, 'scenario-production-shop-consolidated-invited');
});
