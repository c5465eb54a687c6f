import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { verifySignature } from '../src/server/modules/webhooks/webhook-signature';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { adminApi, customerNamed, ticketTypes } from './support/scenario-setup';
import { signIn } from './support/sign-in';

/** Issue #15: an admin subscribes an integration to ticket events; it receives them signed; the log shows each delivery. */
const baseUrl = inject('baseUrl');

let browser: BrowserSession;
let receiver: http.Server;
const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let receiverUrl = '';

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/portico-events`;
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

beforeEach(async () => {
  browser = await openBrowser();
});

afterEach(async () => {
  await browser.close();
  expect(browser.problems).toEqual([]);
});

test('an admin subscribes an integration to new tickets: it receives them signed, and the log shows each delivery', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, 'admin@portico.demo', 'portico-admin');
  await waitForPath(page, '/staff');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Webhooks', exact: true }).click();
  await waitForPath(page, '/staff/webhooks');

  await page.getByRole('button', { name: 'New webhook' }).click();
  const form = page.getByRole('dialog', { name: 'New webhook' });
  await form.getByRole('textbox', { name: 'URL' }).fill(receiverUrl);
  await form.getByRole('checkbox', { name: 'Ticket created' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  const secret = (await form.getByLabel('Signing secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^whsec_/);
  await screenshot(page, 'staff-webhook-created');
  await form.getByRole('button', { name: 'Done' }).click();
  await form.waitFor({ state: 'hidden' });

  // A ticket is raised: the receiver gets it within a poll or two, signed with that secret.
  const api = await adminApi(baseUrl);
  const customer = await customerNamed(api, 'Northwind Berlin');
  const type = (await ticketTypes(api)).find((t) => t.key === 'service_request')!;
  const title = `Webhook journey ${Date.now().toString(36)}`;
  await api.post('/tickets', { customerId: customer.id, typeId: type.id, title });
  await expect.poll(() => received.filter((r) => r.body.includes(title)).length, { timeout: 15_000 }).toBe(1);
  const delivery = received.find((r) => r.body.includes(title))!;
  expect(delivery.headers['portico-event']).toBe('ticket.created');
  expect(verifySignature(secret, String(delivery.headers['portico-signature']), delivery.body, Math.floor(Date.now() / 1000))).toBe(true);

  // The delivery log: delivered, HTTP 200, and the body that was sent.
  await page.getByRole('table', { name: 'Webhooks' }).getByRole('button', { name: receiverUrl }).click();
  const drawer = page.getByRole('dialog', { name: 'Webhook' });
  const log = drawer.getByRole('table', { name: 'Deliveries' });
  const row = log.getByRole('row').filter({ hasText: 'Ticket created' }).first();
  await row.getByText('Delivered').waitFor();
  await row.getByText('HTTP 200 · 1 attempt').waitFor();
  await row.getByRole('button', { name: 'Ticket created' }).click();
  await drawer.getByLabel('Delivery body').getByText(title).waitFor();
  await screenshot(page, 'staff-webhook-deliveries');
});
