import { afterEach, beforeAll, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { portalScreenshot } from './support/portal-screens';
import { activateInBrowser, activationPathFor, adminApi, customerNamed, inviteUser, uniqueEmail } from './support/scenario-setup';
import { signIn } from './support/sign-in';

/**
 * Issue #14: staff ask a customer to approve an order; the customer's approver signs in, approves with a PO
 * number and a drawn signature; the back office shows the approval with the PO number and the signature.
 */
const baseUrl = inject('baseUrl');
const approver = { email: uniqueEmail('approver', 'blueharbor.example'), name: 'Avery Approver', password: 'avery-approver-secret' };

let orderId: string;
let activationPath: string;
const browsers: BrowserSession[] = [];

beforeAll(async () => {
  const api = await adminApi(baseUrl);
  const blueHarbor = await customerNamed(api, 'Blue Harbor Publishing');
  // An order of the demo customer of its own, so the other journeys' orders stay as they expect them.
  orderId = (await api.post<{ id: string }>('/orders', { customerId: blueHarbor.id, title: 'Proof: autumn catalogue 2027', deadline: '2027-08-31' })).id;
  // The customer admin template carries the approve capability.
  await inviteUser(api, { email: approver.email, displayName: approver.name, customerId: blueHarbor.id, roleTemplate: 'customer_admin' });
  activationPath = await activationPathFor(approver.email);
});

afterEach(async () => {
  for (const browser of browsers.splice(0)) {
    await browser.close();
    expect(browser.problems).toEqual([]);
  }
});

test('staff request an approval, the customer approves with a PO number and a signature, the back office shows both', async () => {
  const staff = await openBrowser();
  browsers.push(staff);
  await signIn(staff.page, baseUrl, 'admin@portico.demo', 'portico-admin');
  await waitForPath(staff.page, '/staff');
  await staff.page.goto(`${baseUrl}/staff/orders/${orderId}`);
  const panel = staff.page.getByRole('region', { name: 'Approval' });
  await panel.getByText('No approval').waitFor();
  await panel.getByRole('button', { name: 'Request approval' }).click();
  const requestForm = staff.page.getByRole('form', { name: 'Request approval' });
  await requestForm.getByRole('textbox', { name: 'Amount to approve' }).fill('1250.00');
  await requestForm.getByRole('textbox', { name: 'Message to the customer (optional)' }).fill('Proof v2, 5000 copies on recycled paper');
  await requestForm.getByRole('button', { name: 'Request approval' }).click();
  await requestForm.waitFor({ state: 'hidden' });
  await panel.getByText('Approval requested').first().waitFor();
  await panel.getByText('€1,250.00').first().waitFor();

  const customer = await openBrowser();
  browsers.push(customer);
  const { page } = customer;
  await activateInBrowser(page, baseUrl, activationPath, approver.password);
  await page.goto(`${baseUrl}/portal/orders/${orderId}`);
  await page.getByRole('heading', { name: 'Proof: autumn catalogue 2027', level: 1 }).waitFor();
  const approval = page.getByRole('region', { name: 'Approval' });
  await approval.getByText('€1,250.00').first().waitFor();
  await approval.getByText('Proof v2, 5000 copies on recycled paper').waitFor();
  await approval.getByRole('textbox', { name: 'Your PO reference (optional)' }).fill('PO-2027-0815');
  // A signature drawn with the mouse: two strokes across the pad.
  const pad = approval.getByRole('img', { name: 'Signature (optional)' });
  const box = (await pad.boundingBox())!;
  for (const [from, to] of [
    [0.1, 0.7],
    [0.5, 0.3],
  ] as const) {
    await page.mouse.move(box.x + box.width * from, box.y + box.height * to);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + box.width * (from + step * 0.04), box.y + box.height * (to + (step % 2 ? -0.2 : 0.2)));
    await page.mouse.up();
  }
  await portalScreenshot(page, 'portal-approval-signed');
  await approval.getByRole('button', { name: 'Approve' }).click();
  await approval.getByText('Approved', { exact: true }).first().waitFor();
  await approval.getByText('PO reference: PO-2027-0815').waitFor();
  await approval.getByRole('img', { name: `Signature of ${approver.name}` }).waitFor();
  expect(await approval.getByRole('button', { name: 'Approve' }).count()).toBe(0);

  // Back in the back office: the approval with who, the PO number and the signature image.
  await staff.page.reload();
  await panel.getByText(`Approved by ${approver.name}`, { exact: false }).waitFor();
  await panel.getByText('PO reference: PO-2027-0815').waitFor();
  const signature = panel.getByRole('img', { name: `Signature of ${approver.name}` });
  await signature.waitFor();
  expect(await signature.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await screenshot(staff.page, 'staff-approval-recorded');
});
