import { afterEach, beforeAll, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { reviewAccessChange } from './support/access-editor';
import { apiSignIn } from './support/portal-api';
import { linkPathFrom, waitForMailTo } from './support/portal-mail';
import { portalScreenshot } from './support/portal-screens';
import { signIn } from './support/sign-in';
import { ADMIN, activationPathFor, adminApi, expectAbsent, inviteUser, openPortalArea, portalNavigation, uniqueEmail } from './support/scenario-setup';
import type { AdminApi } from './support/scenario-setup';

/**
 * SPEC §5 "AssetChief (Customer role)": a customer user invited with the Customer role template, one
 * top-level asset granted "only make visible". The customer sees that asset, its sub-asset and every
 * work order under them; only the requests they raised and the visits assigned to them; no documents,
 * lists or users. Staff then switch work orders to "only assigned" and assign one work order from its
 * page, and finally reset the user's password by e-mail.
 * (Inviting and activating in the browser, preview and explain are in portal-customer and staff-portal-access.)
 */
const baseUrl = inject('baseUrl');
/** A customer of its own per run, so nothing of the demo data or of other journeys shows up in its portal. */
const run = Date.now().toString(36);
const customerName = `Polar Cold Chain ${run}`;
const user = { email: uniqueEmail('assetchief', 'polar.example'), name: 'Carla Chief', password: 'carla-chief-secret-1', newPassword: 'carla-chief-secret-2' };
const assetNames = { chiller: 'Chiller plant', compressor: 'Compressor C1', coldStore: 'Cold store', evaporator: 'Evaporator E2' };
const titles = {
  chillerJob: 'Chiller plant annual maintenance',
  compressorJob: 'Compressor C1 oil change',
  coldStoreJob: 'Cold store door seal repair',
  evaporatorJob: 'Evaporator E2 defrost check',
  ownRequest: 'Please walk us through the chiller logs',
  staffTicket: 'Chiller alarm reported by phone',
  myVisit: 'Chiller inspection with Carla',
  myRound: 'Monthly chiller walk-through',
  otherVisit: 'Cold store defrost round',
};

interface Created {
  id: string;
}
interface WorkOrderRef extends Created {
  number: string;
  title: string;
}

let api: AdminApi;
let userId: string;
const jobs = {} as Record<'chillerJob' | 'compressorJob' | 'coldStoreJob' | 'evaporatorJob', WorkOrderRef>;
let browsers: BrowserSession[] = [];

/** Each test opens its own browser(s) (staff and customer side by side), closed and checked after it. */
async function newBrowser(): Promise<BrowserSession> {
  const session = await openBrowser();
  browsers.push(session);
  return session;
}

function inDays(days: number, hour: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
}

beforeAll(async () => {
  api = await adminApi(baseUrl);
  const customer = await api.post<Created>('/customers', { name: customerName });
  const asset = (name: string, parentId?: string) => api.post<Created>('/assets', { customerId: customer.id, name, category: 'Refrigeration', ...(parentId ? { parentId } : {}) });
  const chiller = await asset(assetNames.chiller);
  const compressor = await asset(assetNames.compressor, chiller.id);
  const coldStore = await asset(assetNames.coldStore);
  const evaporator = await asset(assetNames.evaporator, coldStore.id);
  const job = (title: string, assetId: string) => api.post<WorkOrderRef>('/work-orders', { assetId, title, kind: 'maintenance' });
  jobs.chillerJob = await job(titles.chillerJob, chiller.id);
  jobs.compressorJob = await job(titles.compressorJob, compressor.id);
  jobs.coldStoreJob = await job(titles.coldStoreJob, coldStore.id);
  jobs.evaporatorJob = await job(titles.evaporatorJob, evaporator.id);

  // Invite with the Customer template, then "Only make visible" the chiller plant (not the cold store).
  userId = await inviteUser(api, { email: user.email, displayName: user.name, customerId: customer.id, roleTemplate: 'customer' });
  await api.post(`/users/${userId}/grants`, { resourceType: 'asset', resourceId: chiller.id, kind: 'visible' });

  // The user accepts the invitation (the browser side of that is portal-customer's journey).
  const token = new URL(await activationPathFor(user.email), baseUrl).searchParams.get('token');
  const activated = await fetch(`${baseUrl}/api/v1/auth/activate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password: user.password }) });
  if (!activated.ok) throw new Error(`Activation failed: HTTP ${activated.status} ${await activated.text()}`);

  // Requests on the chiller plant: one the user raised, one staff logged for the customer.
  const types = (await api.get<{ items: { id: string; key: string; customerId: string | null }[] }>('/ticket-types?limit=200')).items;
  const typeId = (key: string) => types.find((type) => type.key === key && type.customerId === null)!.id;
  const asUser = await apiSignIn(baseUrl, user.email, user.password);
  await asUser.post('/tickets', { typeId: typeId('visit_request'), title: titles.ownRequest, assetId: chiller.id });
  await api.post('/tickets', { customerId: customer.id, typeId: typeId('incident_report'), title: titles.staffTicket, assetId: chiller.id });

  // Visits of the customer: one assigned to the portal user, one to a staff technician only.
  const technicians = await api.get<{ items: { id: string; displayName: string }[] }>('/users?assignable=true&limit=100');
  const tess = technicians.items.find((item) => item.displayName === 'Tess Technician')!;
  await api.post('/schedule-entries', { customerId: customer.id, title: titles.myVisit, kind: 'visit', startsAt: inDays(3, 9), endsAt: inDays(3, 11), assetIds: [chiller.id], assigneeIds: [userId] });
  // A monthly round that began two months ago: its next dates are upcoming, though the series is not new.
  await api.post('/schedule-entries', { customerId: customer.id, title: titles.myRound, kind: 'round', startsAt: inDays(-60, 7), recurrence: 'monthly', assetIds: [chiller.id], assigneeIds: [userId] });
  await api.post('/schedule-entries', { customerId: customer.id, title: titles.otherVisit, kind: 'round', startsAt: inDays(4, 7), assetIds: [coldStore.id], assigneeIds: [tess.id] });
});

afterEach(async () => {
  const opened = browsers;
  browsers = [];
  for (const session of opened) await session.close();
  for (const session of opened) expect(session.problems).toEqual([]);
});

/** Staff sign in and open the portal user's page from the users list. */
async function openUserPageAsStaff(staff: BrowserSession): Promise<void> {
  const { page } = staff;
  await signIn(page, baseUrl, ADMIN.login, ADMIN.password);
  await waitForPath(page, '/staff');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users', exact: true }).click();
  await waitForPath(page, '/staff/users');
  await page.getByRole('searchbox', { name: 'Search by name, login or e-mail' }).fill(user.email);
  await page.getByRole('table', { name: 'Users' }).getByRole('link', { name: user.name, exact: true }).click();
  await page.getByRole('heading', { name: user.name, level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Invitation' }).getByText('Active', { exact: true }).waitFor();
}

test('the customer sees the granted asset with its subtree and all work orders under it, only their own requests and visits, nothing internal', async () => {
  const { page } = await newBrowser();
  await signIn(page, baseUrl, user.email, user.password);
  await waitForPath(page, '/portal');
  await page.getByRole('heading', { name: 'Welcome, Carla' }).waitFor();
  await page.getByRole('region', { name: 'Upcoming visits' }).getByText(titles.myVisit).waitFor();
  await page.getByRole('region', { name: 'Upcoming visits' }).getByText(titles.myRound).first().waitFor();
  await expectAbsent(page, titles.otherVisit);

  // The portal areas, and none of the internal ones: no documents (policies), lists or users.
  const navigation = portalNavigation(page);
  for (const area of ['Overview', 'Assets', 'Work orders', 'Requests', 'Schedule', 'My profile']) {
    await navigation.getByRole('link', { name: area, exact: true }).waitFor();
  }
  for (const hidden of ['Documents', 'Lists', 'Users', 'Colleagues', 'Customers', 'Audit log']) {
    expect(await navigation.getByRole('link', { name: hidden, exact: true }).count(), `${hidden} in the portal navigation`).toBe(0);
  }
  await portalScreenshot(page, 'scenario-assetchief-dashboard');

  // Assets: the chiller plant and its compressor; nothing of the cold store.
  await openPortalArea(page, 'Assets', '/portal/assets');
  const assets = page.getByRole('list', { name: 'Assets' });
  await assets.getByRole('link', { name: new RegExp(`^${assetNames.chiller}`) }).waitFor();
  await assets.getByRole('link', { name: new RegExp(`^${assetNames.compressor}`) }).waitFor();
  expect(await assets.getByRole('link').count()).toBe(2);
  await expectAbsent(page, assetNames.coldStore);
  await expectAbsent(page, assetNames.evaporator);
  await portalScreenshot(page, 'scenario-assetchief-assets');

  // The chiller plant's page: its sub-asset, and the history of work under it (the compressor's too).
  await assets.getByRole('link', { name: new RegExp(`^${assetNames.chiller}`) }).click();
  await page.getByRole('heading', { name: assetNames.chiller, level: 1 }).waitFor();
  await page.getByRole('list', { name: 'Sub-assets' }).getByRole('link', { name: new RegExp(`^${assetNames.compressor}`) }).waitFor();
  const history = page.getByRole('list', { name: 'Service history' });
  await history.getByRole('link', { name: new RegExp(`^${titles.chillerJob}`) }).waitFor();
  await history.getByRole('link', { name: new RegExp(`^${titles.compressorJob}`) }).waitFor();
  await portalScreenshot(page, 'scenario-assetchief-asset');

  // Work orders: all under the visible assets, none of the cold store's, not even by address.
  await openPortalArea(page, 'Work orders', '/portal/work-orders');
  const workOrders = page.getByRole('list', { name: 'Work orders' });
  await workOrders.getByRole('link', { name: new RegExp(`^${titles.chillerJob}`) }).waitFor();
  await workOrders.getByRole('link', { name: new RegExp(`^${titles.compressorJob}`) }).waitFor();
  expect(await workOrders.getByRole('link').count()).toBe(2);
  await expectAbsent(page, titles.coldStoreJob);
  await expectAbsent(page, titles.evaporatorJob);
  await portalScreenshot(page, 'scenario-assetchief-work-orders');
  await page.goto(`${baseUrl}/portal/work-orders/${jobs.coldStoreJob.id}`);
  await page.getByText('This record does not exist or is not shared with you.').waitFor();

  // Requests: the one they raised, not the ticket staff logged on the same asset.
  await openPortalArea(page, 'Requests', '/portal/tickets');
  const requests = page.getByRole('list', { name: 'Requests' });
  await requests.getByRole('link', { name: new RegExp(titles.ownRequest) }).waitFor();
  expect(await requests.getByRole('link').count()).toBe(1);
  await expectAbsent(page, titles.staffTicket);
  await portalScreenshot(page, 'scenario-assetchief-requests');

  // Schedule: the visit and the monthly round assigned to them (each coming date of it), not the technician's round.
  await openPortalArea(page, 'Schedule', '/portal/schedule');
  const schedule = page.getByRole('list', { name: 'Schedule' });
  await schedule.getByText(titles.myVisit).waitFor();
  await schedule.getByText(titles.myRound).first().waitFor();
  const rounds = await schedule.getByRole('listitem').filter({ hasText: titles.myRound }).count();
  expect(rounds).toBeGreaterThanOrEqual(2);
  expect(await schedule.getByRole('listitem').count()).toBe(1 + rounds);
  await expectAbsent(page, titles.otherVisit);
  await portalScreenshot(page, 'scenario-assetchief-schedule');

  // Their own user record; behind the pages, too, the API answers with no other user and no documents.
  await openPortalArea(page, 'My profile', '/portal/profile');
  await page.getByText(user.email, { exact: true }).first().waitFor();
  await page.getByText(customerName, { exact: true }).waitFor();
  const seen = await page.evaluate(async () => {
    const users = (await (await fetch('/api/v1/users?limit=200')).json()) as { items: { id: string }[] };
    const documents = (await (await fetch('/api/v1/documents?limit=200')).json()) as { items: unknown[] };
    return { userIds: users.items.map((item) => item.id), documents: documents.items.length };
  });
  expect(seen).toEqual({ userIds: [userId], documents: 0 });
});

test('staff switch work orders to "only assigned" and assign one from its page: the customer then sees only that work order', async () => {
  const staff = await newBrowser();
  const customer = await newBrowser();
  const { page } = staff;
  const portal = customer.page;

  // The user's page: the access editor shows the Customer template's modes.
  await openUserPageAsStaff(staff);
  const userUrl = page.url();
  const access = page.getByRole('region', { name: 'Portal access' });
  const workOrderMode = access.getByRole('textbox', { name: 'Work orders', exact: true });
  expect(await workOrderMode.inputValue()).toBe('All under visible assets');
  expect(await access.getByRole('textbox', { name: 'Assets', exact: true }).inputValue()).toBe('Only granted');
  expect(await access.getByRole('textbox', { name: 'Tickets', exact: true }).inputValue()).toBe('Only their own');
  expect(await access.getByRole('textbox', { name: 'Schedule', exact: true }).inputValue()).toBe('Only assigned');

  // Work orders: "Only assigned", saved.
  await workOrderMode.click();
  await page.getByRole('option', { name: 'Only assigned', exact: true }).click();
  // Before saving, the review says what the change takes away: the work orders under the chiller plant.
  const review = await reviewAccessChange(page, access);
  await review.getByRole('list', { name: 'Work orders the user will no longer see' }).getByRole('link').first().waitFor();
  expect(await review.getByRole('list', { name: 'Assets the user will no longer see' }).count()).toBe(0);
  await screenshot(page, 'scenario-assetchief-staff-access-review');
  await review.getByRole('button', { name: 'Save change' }).click();
  await page.getByText('Access saved.').waitFor();
  await expect.poll(() => workOrderMode.inputValue()).toBe('Only assigned');
  // The editor says the settings now differ from the Customer template.
  await access.getByText('adjusted', { exact: true }).waitFor();
  await screenshot(page, 'scenario-assetchief-staff-assigned-only');

  // The customer now sees no work orders at all, though the chiller plant is still visible.
  await signIn(portal, baseUrl, user.email, user.password);
  await waitForPath(portal, '/portal');
  await portal.getByRole('heading', { name: 'Welcome, Carla' }).waitFor();
  await openPortalArea(portal, 'Work orders', '/portal/work-orders');
  await portal.getByText('No work orders', { exact: true }).waitFor();
  await expectAbsent(portal, titles.chillerJob);

  // Staff assign the compressor's oil change: from the work order's own page, "Only make visible".
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Work orders', exact: true }).click();
  await waitForPath(page, '/staff/work-orders');
  await page.getByRole('searchbox', { name: 'Search by number or title' }).fill(jobs.compressorJob.number);
  await page.getByRole('table', { name: 'Work orders' }).getByRole('link', { name: jobs.compressorJob.number, exact: true }).click();
  await page.getByRole('heading', { name: titles.compressorJob, level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Portal access' }).click();
  const drawer = page.getByRole('dialog', { name: `Portal access to ${titles.compressorJob}` });
  await drawer.getByRole('tab', { name: 'Grant access' }).click();
  const userPicker = drawer.getByRole('textbox', { name: 'Portal user' });
  await userPicker.click();
  await userPicker.fill('Carla');
  await page.getByRole('option', { name: user.name }).click();
  expect(await drawer.getByRole('radio', { name: 'Only make visible' }).isChecked()).toBe(true);
  await screenshot(page, 'scenario-assetchief-staff-assign-work-order');
  await drawer.getByRole('button', { name: 'Only make visible' }).click();
  await page.getByText(`Access granted to ${user.name}.`).waitFor();
  await drawer.getByRole('button', { name: 'Close' }).click();

  // The grant is listed on the user's page next to the chiller plant.
  await page.goto(userUrl);
  const grants = page.getByRole('table', { name: 'Granted records' });
  await grants.getByRole('link', { name: `${jobs.compressorJob.number} · ${titles.compressorJob}` }).waitFor();
  await grants.getByRole('link', { name: assetNames.chiller }).waitFor();
  await screenshot(page, 'scenario-assetchief-staff-grants');

  // The customer sees exactly that work order.
  await portal.reload();
  const workOrders = portal.getByRole('list', { name: 'Work orders' });
  await workOrders.getByRole('link', { name: new RegExp(`^${titles.compressorJob}`) }).waitFor();
  expect(await workOrders.getByRole('link').count()).toBe(1);
  await expectAbsent(portal, titles.chillerJob);
  await portalScreenshot(portal, 'scenario-assetchief-assigned-work-order');
  await workOrders.getByRole('link', { name: new RegExp(`^${titles.compressorJob}`) }).click();
  await portal.getByRole('heading', { name: titles.compressorJob, level: 1 }).waitFor();
  await portal.goto(`${baseUrl}/portal/work-orders/${jobs.chillerJob.id}`);
  await portal.getByText('This record does not exist or is not shared with you.').waitFor();
});

test('staff reset the password by e-mail: the link sets a new one, and the old password no longer signs in', async () => {
  const staff = await newBrowser();
  const { page } = staff;
  await openUserPageAsStaff(staff);
  await page.getByRole('region', { name: 'Invitation' }).getByRole('button', { name: 'Send password reset' }).click();
  await page.getByText('Password-reset e-mail sent.').waitFor();
  await screenshot(page, 'scenario-assetchief-staff-password-reset');

  const resetPath = linkPathFrom(await waitForMailTo(user.email, '/reset-password?token='), '/reset-password');
  const { page: portal } = await newBrowser();
  await portal.goto(`${baseUrl}${resetPath}`);
  await portal.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await portal.getByLabel('New password', { exact: true }).fill(user.newPassword);
  await portal.getByLabel('Repeat new password', { exact: true }).fill(user.newPassword);
  await portal.getByRole('button', { name: 'Save new password' }).click();
  await portal.getByText('Your new password is set. Please sign in with it.').waitFor();
  await portalScreenshot(portal, 'scenario-assetchief-password-set');

  await signIn(portal, baseUrl, user.email, user.password);
  await portal.getByRole('alert').filter({ hasText: 'Invalid login or password.' }).waitFor();
  expect(new URL(portal.url()).pathname).toBe('/login');

  await signIn(portal, baseUrl, user.email, user.newPassword);
  await waitForPath(portal, '/portal');
  await portal.getByRole('heading', { name: 'Welcome, Carla' }).waitFor();
});
