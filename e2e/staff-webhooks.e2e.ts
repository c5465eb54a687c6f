import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { verifySignature } from '../src/server/modules/webhooks/webhook-signature';
import { startWebhookReceiver, type WebhookReceiver } from '../test/webhook-receiver';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { adminApi, customerNamed, ticketTypes } from './support/scenario-setup';
import { signIn } from './support/sign-in';

/** Issue #15: an admin subscribes an integration to ticket events; it receives them signed; the log shows each delivery. */
const baseUrl = inject('baseUrl');

let browser: BrowserSession;
let hooks: WebhookReceiver;

beforeAll(async () => {
  hooks = await startWebhookReceiver('/portico-events');
});
afterAll(() => hooks.close());

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
  await form.getByRole('textbox', { name: 'URL' }).fill(hooks.url);
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
  await expect.poll(() => hooks.received.filter((r) => r.body.includes(title)).length, { timeout: 15_000 }).toBe(1);
  const delivery = hooks.received.find((r) => r.body.includes(title))!;
  expect(delivery.headers['portico-event']).toBe('ticket.created');
  expect(verifySignature(secret, String(delivery.headers['portico-signature']), delivery.body, Math.floor(Date.now() / 1000))).toBe(true);

  // The delivery log: delivered, HTTP 200, and the body that was sent.
  await page.getByRole('table', { name: 'Webhooks' }).getByRole('button', { name: hooks.url }).click();
  const drawer = page.getByRole('dialog', { name: 'Webhook' });
  const log = drawer.getByRole('table', { name: 'Deliveries' });
  const row = log.getByRole('row').filter({ hasText: 'Ticket created' }).first();
  await row.getByText('Delivered').waitFor();
  await row.getByText('HTTP 200 · 1 attempt').waitFor();
  await row.getByRole('button', { name: 'Ticket created' }).click();
  await drawer.getByLabel('Delivery body').getByText(title).waitFor();
  await screenshot(page, 'staff-webhook-deliveries');
});
