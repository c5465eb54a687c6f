import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { choose, openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { linkPathFrom, waitForMailTo } from './support/portal-mail';
import type { DroppedMail } from './support/portal-mail';
import { signIn } from './support/sign-in';

const baseUrl = inject('baseUrl');
const admin = { login: 'admin@portico.demo', password: 'portico-admin' };
/** Keeps this run's portal user apart from earlier runs against the same server. */
const run = Date.now().toString(36);
const invitee = { email: `facility.${run}@northwind.example`, name: `Frieda Facility ${run}` };

let browser: BrowserSession;

beforeEach(async () => {
  browser = await openBrowser();
});

afterEach(async () => {
  await browser.close();
  expect(browser.problems).toEqual([]);
});

/** A mail to `address` other than `previous`, waiting for the outbox worker. */
async function nextMailTo(address: string, previous: string | null): Promise<DroppedMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = await waitForMailTo(address, '/activate?token=');
    if (mail.file !== previous) return mail;
    if (Date.now() > deadline) throw new Error(`no new mail to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test('the admin invites a portal user, resends, grants Boiler 1, explains the access and previews the portal', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, admin.login, admin.password);
  await waitForPath(page, '/staff');

  // Invite from the users list: customer, role template with its description, the link goes by e-mail.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users', exact: true }).click();
  await waitForPath(page, '/staff/users');
  await page.getByRole('button', { name: 'Invite portal users' }).click();
  const drawer = page.getByRole('dialog', { name: 'Invite portal users' });
  const form = drawer.getByRole('form', { name: 'Invite a portal user' });
  await choose(page, form, 'Customer', 'Northwind Berlin', 'Northwind Berlin');
  await form.getByRole('textbox', { name: 'E-mail' }).fill(invitee.email);
  await form.getByRole('textbox', { name: 'Name' }).fill(invitee.name);
  await form.getByText('Sees the assets granted to them', { exact: false }).waitFor();
  await screenshot(page, 'staff-portal-invite-form');
  await form.getByRole('button', { name: 'Send invitation' }).click();

  // The new user's page: invitation pending.
  await page.getByRole('heading', { name: invitee.name, level: 1 }).waitFor();
  const invitation = page.getByRole('region', { name: 'Invitation' });
  await invitation.getByText('Pending', { exact: true }).waitFor();
  const userUrl = page.url();
  const first = await nextMailTo(invitee.email, null);

  // Resend: a new link goes out (the earlier one stops working).
  await invitation.getByRole('button', { name: 'Resend invitation' }).click();
  await page.getByText('Invitation sent again.').waitFor();
  const second = await nextMailTo(invitee.email, first.file);
  await screenshot(page, 'staff-portal-user-pending');

  // The same address cannot be invited twice: the API's 409 lands on the e-mail field.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByRole('button', { name: 'Invite portal users' }).click();
  const again = page.getByRole('dialog', { name: 'Invite portal users' }).getByRole('form', { name: 'Invite a portal user' });
  await choose(page, again, 'Customer', 'Northwind Berlin', 'Northwind Berlin');
  await again.getByRole('textbox', { name: 'E-mail' }).fill(invitee.email);
  await again.getByRole('textbox', { name: 'Name' }).fill(invitee.name);
  await again.getByRole('button', { name: 'Send invitation' }).click();
  await again.getByText('This login is already taken.').waitFor();
  expect(await again.getByRole('textbox', { name: 'E-mail' }).getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, 'staff-portal-invite-conflict');
  await page.getByRole('dialog', { name: 'Invite portal users' }).getByRole('button', { name: 'Cancel' }).click();

  // Boiler 1: grant it to the new user ("Only make visible").
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Assets', exact: true }).click();
  await waitForPath(page, '/staff/assets');
  await page.getByRole('searchbox', { name: 'Search by name or serial number' }).fill('Boiler 1');
  await page.getByRole('table', { name: 'Assets' }).getByRole('link', { name: 'Boiler 1', exact: true }).click();
  await page.getByRole('heading', { name: 'Boiler 1', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Portal access' }).click();
  const access = page.getByRole('dialog', { name: 'Portal access to Boiler 1' });
  // The drawer opens on who can see the record; granting is the next tab.
  const viewers = access.getByRole('list', { name: 'Who can see this' });
  await access.getByRole('tab', { name: 'Grant access' }).click();
  await choose(page, access, 'Portal user', 'Frieda', invitee.name);
  await access.getByRole('button', { name: 'Only make visible' }).last().click();
  await page.getByText(`Access granted to ${invitee.name}.`).waitFor();
  await screenshot(page, 'staff-portal-grant');
  // The form is empty again, and "Who can see this" now names the invitee (invited, not yet active) and why.
  await expect.poll(() => access.getByRole('textbox', { name: 'Portal user' }).inputValue()).toBe('');
  await access.getByRole('tab', { name: 'Who can see this' }).click();
  const row = viewers.getByRole('listitem').filter({ hasText: invitee.name });
  await row.getByText('Invited').waitFor();
  await row.getByRole('listitem').filter({ hasText: 'asset Boiler 1 is granted to the user' }).waitFor();
  await row.getByRole('button', { name: `Remove ${invitee.name}'s grant of this record` }).waitFor();
  await screenshot(page, 'staff-portal-who-can-see');

  // Explain: the user sees Boiler 1, and why.
  await access.getByRole('tab', { name: 'Explain for a user…' }).click();
  await choose(page, access, 'Portal user', 'Frieda', invitee.name);
  const verdict = access.getByRole('status', { name: 'Visible to this user' });
  await verdict.waitFor();
  await verdict.getByRole('listitem').filter({ hasText: 'asset Boiler 1 is granted to the user' }).waitFor();
  await verdict.getByRole('link', { name: 'Boiler 1' }).waitFor();
  await screenshot(page, 'staff-portal-explain');
  await access.getByRole('button', { name: 'Close' }).click();

  // The grant shows on the user's page.
  await page.goto(userUrl);
  await page.getByRole('heading', { name: invitee.name, level: 1 }).waitFor();
  await page.getByRole('table', { name: 'Granted records' }).getByRole('link', { name: 'Boiler 1' }).waitFor();

  // Several records at once from the user's page: an asset and a work order, one mail for both (issue #13).
  await page.getByRole('button', { name: 'Add records…' }).click();
  const adding = page.getByRole('dialog', { name: `Add records for ${invitee.name}` });
  const pickType = async (type: string) => {
    await adding.getByRole('textbox', { name: 'Record type', exact: true }).click();
    await page.getByRole('option', { name: type, exact: true }).click();
  };
  await pickType('Asset');
  await choose(page, adding, 'Asset records', 'Boiler 2', 'Boiler 2');
  await pickType('Work order');
  await choose(page, adding, 'Work order records', 'Heat pump', /Heat pump fault E12/);
  await adding.getByText('2 records chosen (Asset: 1, Work order: 1).').waitFor();
  await screenshot(page, 'staff-portal-add-records');
  await adding.getByRole('button', { name: 'Grant 2 records' }).click();
  await page.getByText(`2 records granted to ${invitee.name}.`).waitFor();
  const granted = page.getByRole('table', { name: 'Granted records' });
  await granted.getByRole('link', { name: 'Boiler 2' }).waitFor();
  await granted.getByRole('link', { name: /Heat pump fault E12/ }).waitFor();
  const batchMail = await waitForMailTo(invitee.email, 'you now have access to 2 records');
  expect(batchMail.text).toContain('asset "Boiler 2"');
  expect(batchMail.text).toContain('work order "Heat pump fault E12"');

  // The mail log lists both invitation mails and the grant notification.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Mail log', exact: true }).click();
  await waitForPath(page, '/staff/mail-log');
  await page.getByRole('searchbox', { name: 'Search by recipient or subject' }).fill(invitee.email);
  await expect.poll(() => page.getByRole('table', { name: 'Mail log' }).locator('tbody tr').count()).toBe(3);
  await screenshot(page, 'staff-mail-log');
  // A row opens the mail: its attempts and its activation link, clickable (issue #12).
  await page.getByRole('table', { name: 'Mail log' }).locator('tbody tr').filter({ hasText: 'Your portal access' }).first().click();
  const opened = page.getByRole('dialog');
  await opened.getByRole('link', { name: /\/activate\?token=/ }).first().waitFor();
  // A sent mail took one attempt, and says what kind of mail it is in words (issue #13).
  const field = (label: string) => opened.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd');
  await expect.poll(() => field('Attempts').textContent()).toBe('1');
  await expect.poll(() => field('Kind').textContent()).toBe('Invitation');
  await screenshot(page, 'staff-mail-log-mail');
  await opened.getByRole('button', { name: 'Close' }).click();
  // The kind filter is a list of kinds in words.
  await page.getByRole('textbox', { name: 'Filter by kind' }).click();
  await page.getByRole('option', { name: 'Access granted' }).click();
  await expect.poll(() => page.getByRole('table', { name: 'Mail log' }).locator('tbody tr').count()).toBe(1);
  await page.getByRole('table', { name: 'Mail log' }).getByText(/now have access to 2 records/).waitFor();

  // The audit log says in words what happened and names the records: the user and what was granted.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log', exact: true }).click();
  await waitForPath(page, '/staff/audit-log');
  await choose(page, page.getByRole('main'), 'Action', 'granted', 'Record granted');
  const audit = page.getByRole('table', { name: 'Audit log' });
  const grantRow = audit.locator('tbody tr').filter({ hasText: 'Boiler 2' }).first();
  await grantRow.getByRole('link', { name: invitee.name }).waitFor();
  await grantRow.getByRole('link', { name: 'Boiler 2' }).waitFor();
  await grantRow.getByText('Record granted').waitFor();
  await screenshot(page, 'staff-audit-log-grants');
  await page.goto(userUrl);
  await page.getByRole('heading', { name: invitee.name, level: 1 }).waitFor();

  // The invitee accepts the (resent) invitation, then staff preview their portal.
  const token = new URL(linkPathFrom(second, '/activate'), baseUrl).searchParams.get('token');
  const activated = await fetch(`${baseUrl}/api/v1/auth/activate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: `Preview-${run}-Passw0rd!` }),
  });
  expect(activated.status).toBe(200);
  await page.reload();
  await page.getByRole('region', { name: 'Invitation' }).getByText('Active', { exact: true }).waitFor();
  await screenshot(page, 'staff-portal-user-active');

  // Preview: the whole app answers as the portal user.
  await page.getByRole('button', { name: 'Preview as this user' }).click();
  await waitForPath(page, '/portal');
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'staff-portal-preview');
});
