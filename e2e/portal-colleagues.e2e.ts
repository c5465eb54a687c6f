import { afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { apiSignIn, findByName } from './support/portal-api';
import { linkPathFrom, waitForMailTo } from './support/portal-mail';
import { portalScreenshot } from './support/portal-screens';
import { signIn } from './support/sign-in';

const baseUrl = inject('baseUrl');
const staffAdmin = { login: 'admin@portico.demo', password: 'portico-admin' };
/** Keeps this run's users apart from earlier runs against the same server. */
const run = Date.now().toString(36);
const customerAdmin = { email: `qa-admin-${run}@helix.example`, name: `Quinn Admin ${run}`, password: `Quinn-${run}-admin-secret` };
const colleague = { email: `lab-tech-${run}@helix.example`, name: `Tara Tech ${run}`, password: `Tara-${run}-tech-secret` };
/** Given more than the customer admin has (manages devices), by staff. */
const agent = { email: `lab-agent-${run}@helix.example`, name: `Gil Agent ${run}` };

const browsers: BrowserSession[] = [];

async function browser(): Promise<BrowserSession> {
  const opened = await openBrowser();
  browsers.push(opened);
  return opened;
}

/** Activates an invited account through the API, as the invitee's click on the link would. */
async function activateByMail(email: string, password: string): Promise<void> {
  const mail = await waitForMailTo(email, '/activate?token=');
  const token = new URL(linkPathFrom(mail, '/activate'), baseUrl).searchParams.get('token');
  const response = await fetch(`${baseUrl}/api/v1/auth/activate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password }) });
  expect(response.status).toBe(200);
}

let agentId: string;
let staffApi: Awaited<ReturnType<typeof apiSignIn>>;

beforeAll(async () => {
  // Staff make a Helix Pharma employee customer admin, with write access to Lab North only, and invite a
  // lab agent who manages devices (which the customer admin may not).
  const api = await apiSignIn(baseUrl, staffAdmin.login, staffAdmin.password);
  const helix = await findByName<{ id: string; name: string }>(api, '/customers', 'Helix Pharma');
  const labNorth = await findByName<{ id: string; name: string }>(api, '/sites', 'Lab North', { customerId: helix.id });
  await api.post('/users/invitations', {
    email: customerAdmin.email,
    displayName: customerAdmin.name,
    customerId: helix.id,
    roleTemplate: 'customer_admin',
    sites: [{ siteId: labNorth.id, level: 'write' }],
  });
  const invitedAgent = await api.post<{ items: { id: string }[] }>('/users/invitations', {
    email: agent.email,
    displayName: agent.name,
    customerId: helix.id,
    roleTemplate: 'live_site_agent',
    sites: [{ siteId: labNorth.id, level: 'write' }],
  });
  agentId = invitedAgent.items[0]!.id;
  staffApi = api;
  await activateByMail(customerAdmin.email, customerAdmin.password);
});

beforeEach(() => {
  browsers.length = 0;
});

afterEach(async () => {
  for (const opened of browsers) await opened.close();
  for (const opened of browsers) expect(opened.problems).toEqual([]);
});

test('a customer admin invites a colleague within their own access, the colleague activates, and the admin sees them active', async () => {
  const { page } = await browser();
  await signIn(page, baseUrl, customerAdmin.email, customerAdmin.password);
  await waitForPath(page, '/portal');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Colleagues', exact: true }).click();
  await waitForPath(page, '/portal/colleagues');
  await page.getByRole('heading', { name: 'Colleagues', level: 1 }).waitFor();
  const list = page.getByRole('list', { name: 'Colleagues' });

  // Their own row is not editable.
  const ownRow = list.getByRole('listitem').filter({ hasText: `${customerAdmin.name} (you)` });
  await ownRow.getByText('You cannot change your own access.').waitFor();
  expect(await ownRow.getByRole('button').count()).toBe(0);

  // Invite: only roles within the admin's own access, only the admin's own site.
  await page.getByRole('button', { name: 'Invite colleague' }).click();
  const drawer = page.getByRole('dialog', { name: 'Invite a colleague' });
  const form = drawer.getByRole('form', { name: 'Invite a colleague' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill(colleague.email);
  await form.getByRole('textbox', { name: 'Name' }).fill(colleague.name);
  await form.getByText('Sees the assets shared with them', { exact: false }).waitFor();
  await form.getByRole('textbox', { name: 'Role' }).click();
  await page.getByRole('option', { name: /^View only/ }).waitFor();
  expect(await page.getByRole('option', { name: /Live site agent/ }).count()).toBe(0);
  await page.getByRole('option', { name: /^Technician/ }).click();
  await form.getByText('You can give access to your own sites only', { exact: false }).waitFor();
  await form.getByRole('textbox', { name: 'Site 1' }).click();
  await page.getByRole('option', { name: 'Lab North' }).waitFor();
  expect(await page.getByRole('option', { name: 'Lab South' }).count()).toBe(0);
  await page.getByRole('option', { name: 'Lab North' }).click();
  await form.getByRole('radiogroup', { name: 'Access to site 1' }).getByText('Write').click();
  await portalScreenshot(page, 'portal-colleagues-invite');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText(`Invitation sent to ${colleague.email}.`).waitFor();

  const row = list.getByRole('listitem').filter({ hasText: colleague.name });
  await row.getByText('Invited', { exact: true }).waitFor();
  await row.getByRole('button', { name: `Resend invitation to ${colleague.name}` }).waitFor();
  await row.getByRole('button', { name: `Revoke invitation of ${colleague.name}` }).waitFor();

  // The same address twice: the API's 409 lands on the e-mail field.
  await page.getByRole('button', { name: 'Invite colleague' }).click();
  const again = page.getByRole('dialog', { name: 'Invite a colleague' }).getByRole('form', { name: 'Invite a colleague' });
  await again.getByRole('textbox', { name: 'E-mail' }).fill(colleague.email);
  await again.getByRole('textbox', { name: 'Name' }).fill(colleague.name);
  await again.getByRole('textbox', { name: 'Site 1' }).click();
  await page.getByRole('option', { name: 'Lab North' }).click();
  await again.getByRole('button', { name: 'Send invitation' }).click();
  await again.getByText('There is already a user with this e-mail address.').waitFor();
  expect(await again.getByRole('textbox', { name: 'E-mail' }).getAttribute('aria-invalid')).toBe('true');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await portalScreenshot(page, 'portal-colleagues-invited');

  // The colleague accepts from the e-mail link and is signed in to the portal.
  const mail = await waitForMailTo(colleague.email, '/activate?token=');
  const invitee = (await browser()).page;
  await invitee.goto(`${baseUrl}${linkPathFrom(mail, '/activate')}`);
  await invitee.getByRole('heading', { name: 'Activate your account' }).waitFor();
  await invitee.getByLabel('New password', { exact: true }).fill(colleague.password);
  await invitee.getByLabel('Repeat new password', { exact: true }).fill(colleague.password);
  await invitee.getByRole('button', { name: 'Activate and sign in' }).click();
  await waitForPath(invitee, '/portal');
  await invitee.getByRole('heading', { name: /^Welcome, Tara/ }).waitFor();
  expect(await invitee.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Colleagues', exact: true }).count()).toBe(0);

  // The admin sees the colleague active; the invitation actions are gone.
  await page.reload();
  await row.getByText('Active', { exact: true }).waitFor();
  expect(await row.getByRole('button', { name: /Resend invitation/ }).count()).toBe(0);
  await row.getByRole('button', { name: `Edit access of ${colleague.name}` }).waitFor();
  // At a glance: the colleague's role and sites (issue #13, the customer-admin console).
  await row.getByText('Role: Technician', { exact: false }).waitFor();
  await row.getByText('Lab North', { exact: false }).first().waitFor();
  // Below the list, the trail of access changes: the admin's invitation, then the colleague's activation.
  const log = page.getByRole('list', { name: 'Access changes' });
  await log.getByText(`${customerAdmin.name} invited ${colleague.name}`).waitFor();
  await log.getByText(`${colleague.name} activated their account`).waitFor();
  await portalScreenshot(page, 'portal-colleagues-active');
});

test('a customer admin cannot change a colleague who has more than they have: the server refuses and the form says why', async () => {
  const { page } = await browser();
  await signIn(page, baseUrl, customerAdmin.email, customerAdmin.password);
  await waitForPath(page, '/portal');
  await page.goto(`${baseUrl}/portal/colleagues`);
  const row = page.getByRole('list', { name: 'Colleagues' }).getByRole('listitem').filter({ hasText: agent.name });
  await row.getByText('Invited', { exact: true }).waitFor();

  // The agent manages devices, which the admin may not: changing the agent's sites is refused.
  await row.getByRole('button', { name: `Edit access of ${agent.name}` }).click();
  const drawer = page.getByRole('dialog', { name: `Access of ${agent.name}` });
  const form = drawer.getByRole('form', { name: `Access of ${agent.name}` });
  await expect.poll(() => form.getByRole('textbox', { name: 'Role' }).inputValue()).toBe('Live site agent');
  await form.getByRole('radiogroup', { name: 'Access to site 1' }).getByText('Read').click();
  await form.getByRole('button', { name: 'Save access' }).click();
  const alert = form.getByRole('alert').filter({ hasText: 'A colleague with more access than yours' });
  await alert.getByText('You can change, invite again or revoke only colleagues whose access is within your own.', { exact: false }).waitFor();
  await form.getByText('This colleague has rights you do not have.', { exact: false }).waitFor();
  await portalScreenshot(page, 'portal-colleagues-beyond');

  // Nor may the admin demote the agent to a role within their own access (security finding 1).
  await form.getByRole('textbox', { name: 'Role' }).click();
  await page.getByRole('option', { name: /^Customer Sees/ }).click();
  await form.getByText('Applying a role replaces', { exact: false }).waitFor();
  await form.getByRole('button', { name: 'Save access' }).click();
  await alert.waitFor();
  // The agent still manages devices, on Lab North with write access.
  await expect.poll(async () => (await staffApi.get<{ capabilities: { manageDevices: boolean } }>(`/users/${agentId}/access`)).capabilities.manageDevices).toBe(true);
  expect(await page.getByText(`Access of ${agent.name} saved.`).count()).toBe(0);
});

test("an invited address that is already another customer's login: the invitee chooses a login when activating", async () => {
  // Someone at Globex Retail has an account under the address; Helix's customer admin invites it anyway
  // and gets the answer any new address gets (the admin must not learn which addresses have accounts).
  const shared = { email: `shared-${run}@consultants.example`, globexPassword: `Globex-${run}-secret`, helixPassword: `Helix-${run}-secret`, helixLogin: `shared-helix-${run}` };
  const globex = await findByName<{ id: string; name: string }>(staffApi, '/customers', 'Globex Retail');
  await staffApi.post('/users/invitations', { email: shared.email, displayName: 'Sam Shared', customerId: globex.id, roleTemplate: 'view_only', initialPassword: shared.globexPassword });
  const adminApi = await apiSignIn(baseUrl, customerAdmin.email, customerAdmin.password);
  const helix = await findByName<{ id: string; name: string }>(staffApi, '/customers', 'Helix Pharma');
  const labNorth = await findByName<{ id: string; name: string }>(staffApi, '/sites', 'Lab North', { customerId: helix.id });
  await adminApi.post('/users/invitations', { email: shared.email, displayName: 'Sam Shared', customerId: helix.id, roleTemplate: 'technician', sites: [{ siteId: labNorth.id, level: 'read' }] });

  const mail = await waitForMailTo(shared.email, '/activate?token=');
  const { page } = await browser();
  await page.goto(`${baseUrl}${linkPathFrom(mail, '/activate')}`);
  await page.getByRole('heading', { name: 'Activate your account' }).waitFor();
  await page.getByLabel('New password', { exact: true }).fill(shared.helixPassword);
  await page.getByLabel('Repeat new password', { exact: true }).fill(shared.helixPassword);
  await page.getByRole('button', { name: 'Activate and sign in' }).click();
  // The address already signs in to Globex's account: this one needs a login of its own.
  await page.getByText('Another account already signs in with your e-mail address.', { exact: false }).waitFor();
  await page.getByRole('textbox', { name: 'Choose a login' }).fill(shared.helixLogin);
  await portalScreenshot(page, 'portal-activate-choose-login');
  await page.getByRole('button', { name: 'Activate and sign in' }).click();
  await waitForPath(page, '/portal');

  // Both accounts sign in, each with its own login.
  await apiSignIn(baseUrl, shared.helixLogin, shared.helixPassword);
  await apiSignIn(baseUrl, shared.email, shared.globexPassword);
});
