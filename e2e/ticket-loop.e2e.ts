import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, screenshot, waitForPath } from './support/browser';
import type { BrowserSession } from './support/browser';
import { waitForMailTo } from './support/portal-mail';
import { portalScreenshot } from './support/portal-screens';
import { activateInBrowser, ADMIN, adminApi, activationPathFor, inviteUser, ticketTypes, uniqueEmail } from './support/scenario-setup';
import type { Named } from './support/scenario-setup';
import { signIn } from './support/sign-in';

/**
 * The service loop of issue #10: a portal user raises a ticket → the responsible staff member gets the
 * mail and a bell entry → staff reply publicly → the customer gets the mail in German → the customer
 * answers by e-mail → the answer shows on the ticket in both UIs.
 */
const baseUrl = inject('baseUrl');
const inboundSmtpPort = inject('inboundSmtpPort');
const user = { email: uniqueEmail('loop', 'kessler-druck.example'), name: 'Karin Kessler', password: 'karin-loop-secret' };

let browser: BrowserSession | undefined;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-attachments-'));

function attachmentFile(name: string, content: string | Buffer): string {
  const file = path.join(filesDir, name);
  fs.writeFileSync(file, content);
  return file;
}

let staffBrowser: BrowserSession | undefined;
let activationPath: string;

beforeAll(async () => {
  const api = await adminApi(baseUrl);
  const me = await api.get<{ id: string }>('/me');
  const customer = await api.post<Named>('/customers', { name: `Kessler Druck ${Date.now().toString(36)}` });
  const site = await api.post<Named>('/sites', { customerId: customer.id, name: 'Druckerei Süd' });
  const incident = (await ticketTypes(api)).find((type) => type.key === 'incident_report')!;
  // This customer's incidents go to the admin, whoever the type's default is.
  await api.put(`/ticket-types/${incident.id}/routes/${customer.id}`, { responsibleUserId: me.id, responsibleGroupId: null });
  const userId = await inviteUser(api, { email: user.email, displayName: user.name, customerId: customer.id, roleTemplate: 'customer', sites: [{ siteId: site.id, level: 'write' }] });
  // She may attach files to her requests.
  await api.put(`/users/${userId}/access`, { capabilities: { uploadFiles: true } });
  activationPath = await activationPathFor(user.email);
});

beforeEach(() => {
  browser = undefined;
  staffBrowser = undefined;
});

afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));

afterEach(async () => {
  for (const session of [browser, staffBrowser]) {
    if (!session) continue;
    await session.close();
    expect(session.problems).toEqual([]);
  }
});

test('a ticket goes round: portal → staff mail and bell → public reply → German mail → answer by e-mail → both UIs', async () => {
  browser = await openBrowser();
  const { page } = browser;
  await activateInBrowser(page, baseUrl, activationPath, user.password);
  // She reads Portico in German; her mails follow the language she picked.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('link', { name: 'Anfragen', exact: true }).first().click();
  await waitForPath(page, '/portal/tickets');
  await page.getByRole('link', { name: 'Anfrage stellen' }).first().click();
  await waitForPath(page, '/portal/tickets/new');
  const form = page.getByRole('form', { name: 'Anfrage stellen' });
  await form.getByRole('radio', { name: /Störungsmeldung/ }).check();
  const subject = `Falzmaschine steht ${Date.now().toString(36)}`;
  await form.getByLabel('Betreff').fill(subject);
  await form.getByRole('textbox', { name: 'Standort', exact: true }).click();
  await page.getByRole('option', { name: 'Druckerei Süd' }).click();

  // Two attachments: a photo, and a file over the server's upload limit (25 MB). Given as paths, so the
  // browser reads them from disk instead of the test shipping 26 MB to it.
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Dateien hinzufügen' }).click();
  await (await chooser).setFiles([attachmentFile('falzmaschine.jpg', 'a photo of the folding machine'), attachmentFile('video-zu-gross.mp4', Buffer.alloc(26 * 1024 * 1024, 1))]);
  await form.getByRole('list', { name: 'Anhänge' }).getByText('video-zu-gross.mp4').waitFor();
  // The German portal names the shipped file types in German (issue #13).
  await form.getByRole('textbox', { name: 'Dateityp der Anhänge' }).click();
  await page.getByRole('option', { name: 'Foto' }).click();
  await form.getByRole('button', { name: 'Anfrage senden' }).click();

  // The request is kept; the file the server refused is named with the server's reason, and can be retried.
  await page.getByText(/aber 1 Anhang wurde nicht hochgeladen/).waitFor();
  const uploads = page.getByRole('list', { name: 'Anhänge' });
  await uploads.getByText('Die Datei ist größer als die erlaubte Höchstgröße.').waitFor();
  await portalScreenshot(page, 'ticket-new-attachment-failed');
  const retried = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/files' && response.request().method() === 'POST');
  await uploads.getByRole('button', { name: 'video-zu-gross.mp4 erneut versuchen' }).click();
  expect((await retried).status()).toBe(413);
  await uploads.getByText('Die Datei ist größer als die erlaubte Höchstgröße.').waitFor();
  expect(await uploads.getByText('Hochgeladen', { exact: true }).count()).toBe(1);
  await page.getByRole('link', { name: 'Zur Anfrage' }).click();
  await page.getByRole('heading', { name: subject, level: 1 }).waitFor();
  await page.getByRole('link', { name: /falzmaschine\.jpg/ }).first().waitFor();
  expect(await page.getByText('video-zu-gross.mp4').count()).toBe(0);
  const ticketPath = new URL(page.url()).pathname;
  const ticketId = ticketPath.split('/').pop()!;

  // The responsible staff member hears of it: a mail and a bell entry.
  await waitForMailTo(ADMIN.login, subject);
  staffBrowser = await openBrowser();
  const staff = staffBrowser.page;
  await signIn(staff, baseUrl, ADMIN.login, ADMIN.password);
  await waitForPath(staff, '/staff');
  await staff.getByRole('button', { name: /^Notifications: \d+\+? unread$/ }).click();
  const entry = staff.getByRole('listitem').filter({ hasText: subject }).first();
  await entry.waitFor();
  await entry.click();
  await waitForPath(staff, `/staff/tickets/${ticketId}`);

  // Her attachment is on the ticket in the back office.
  await staff.getByRole('tab', { name: 'Files' }).click();
  await staff.getByText('falzmaschine.jpg').first().waitFor();
  await screenshot(staff, 'ticket-loop-staff-attachment');
  await staff.getByRole('tab', { name: 'Comments' }).click();

  // A public reply from the back office.
  const commentForm = staff.getByRole('form', { name: 'Add comment' });
  await commentForm.getByText('Public', { exact: true }).click();
  await commentForm.getByText("The customer's portal users will see this.").waitFor();
  await commentForm.getByRole('textbox', { name: 'Write a comment…' }).fill('Wir schicken morgen früh einen Techniker.');
  await commentForm.getByRole('button', { name: 'Add comment' }).click();
  await staff.getByRole('list', { name: 'Comments' }).getByText('Wir schicken morgen früh einen Techniker.').waitFor();

  // The customer gets it in German, with a reply address of her own for this ticket.
  const reply = await waitForMailTo(user.email, 'Wir schicken morgen früh einen Techniker.');
  expect(reply.subject).toContain('Neue Antwort zu Ticket');
  expect(reply.text).toContain('Sie können auf diese E-Mail antworten');
  expect(reply.replyTo).toMatch(/^reply\+[A-Za-z0-9_-]{20,}@/);

  // Her bell says so too, in German.
  await page.reload();
  await page.getByRole('button', { name: 'Benachrichtigungen: 1 ungelesen' }).click();
  await page.getByRole('list', { name: 'Benachrichtigungen' }).getByRole('listitem').filter({ hasText: 'Wir schicken morgen früh einen Techniker.' }).waitFor();
  await page.keyboard.press('Escape');

  // She answers from her mail program; her quote of the mail is cut off.
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundSmtpPort, secure: false, ignoreTLS: true });
  await transport.sendMail({
    from: user.email,
    to: reply.replyTo,
    subject: `Re: ${reply.subject}`,
    text: `Danke, wir sind ab 7 Uhr da.\n\nAm 5. Dezember schrieb Portico:\n> Wir schicken morgen früh einen Techniker.\n`,
  });

  await page.reload();
  await page.getByText('Danke, wir sind ab 7 Uhr da.').waitFor();
  expect(await page.getByText('> Wir schicken morgen früh').count()).toBe(0);
  await portalScreenshot(page, 'ticket-loop-portal');
  await staff.reload();
  await staff.getByText('Danke, wir sind ab 7 Uhr da.').waitFor();
});
