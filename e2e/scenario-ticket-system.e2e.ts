import { beforeAll, expect, inject, test } from 'vitest';
import { browserPerTest, waitForPath } from './support/browser';
import { findByName } from './support/portal-api';
import { portalScreenshot } from './support/portal-screens';
import { activateInBrowser, activationPathFor, adminApi, customerNamed, inviteUser, openOptionNames, openPortalArea, siteNamed, ticketTypes, uniqueEmail } from './support/scenario-setup';
import type { Named, TicketTypeRef } from './support/scenario-setup';

/**
 * SPEC §5 "External users (ticket system)": an external user with read permission on one address
 * (site) and write permission on another, linked to a contact person. Requests can only be raised on
 * the writable site, only of the allowed types, only to the configured responsible staff group.
 */
const baseUrl = inject('baseUrl');
const user = { email: uniqueEmail('tickets', 'helix.example'), name: 'Rita Requester', password: 'rita-request-secret' };

let activationPath: string;
let labNorth: Named;
let labSouth: Named;
let types: TicketTypeRef[];
const browsers = browserPerTest();

beforeAll(async () => {
  const api = await adminApi(baseUrl);
  const helix = await customerNamed(api, 'Helix Pharma');
  labNorth = await siteNamed(api, helix.id, 'Lab North');
  labSouth = await siteNamed(api, helix.id, 'Lab South');
  types = await ticketTypes(api);
  const typeId = (key: string) => types.find((type) => type.key === key)!.id;
  const serviceDesk = await findByName<Named>(api, '/staff-groups', 'Service desk');
  const contact = await api.post<{ id: string }>('/contacts', { customerId: helix.id, name: user.name, email: user.email, siteIds: [labNorth.id, labSouth.id] });
  const userId = await inviteUser(api, {
    email: user.email,
    displayName: user.name,
    customerId: helix.id,
    contactId: contact.id,
    roleTemplate: 'customer',
    sites: [
      { siteId: labNorth.id, level: 'read' },
      { siteId: labSouth.id, level: 'write' },
    ],
  });
  // Of the customer template's request types keep two, and address tickets to the service desk only.
  await api.put(`/users/${userId}/access`, {
    modes: { assets: 'all_in_scope' },
    capabilities: { ticketTypeIds: [typeId('incident_report'), typeId('visit_request')], recipientGroupIds: [serviceDesk.id], uploadFiles: true },
  });
  activationPath = await activationPathFor(user.email);
});

test('the raise-request form offers only the writable site, the allowed types and the configured recipient', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  await activateInBrowser(page, baseUrl, activationPath, user.password);
  await page.getByRole('heading', { name: 'Welcome, Rita' }).waitFor();

  // Reading covers both sites: the assets of Lab North (read) and Lab South (write) are listed.
  await openPortalArea(page, 'Assets', '/portal/assets');
  const assets = page.getByRole('list', { name: 'Assets' });
  await assets.getByRole('link', { name: /Analytical balance AB-204/ }).waitFor();
  await assets.getByRole('link', { name: /Climate chamber CC-3/ }).waitFor();

  await openPortalArea(page, 'Requests', '/portal/tickets');
  await page.getByRole('link', { name: 'Raise a request' }).first().click();
  await waitForPath(page, '/portal/tickets/new');
  const form = page.getByRole('form', { name: 'Raise a request' });
  await form.waitFor();

  // Only the two allowed types (the priority control's radios are another group).
  const typeGroup = form.getByRole('radiogroup', { name: 'What is it about?' });
  await typeGroup.getByRole('radio', { name: /Incident report/ }).waitFor();
  await typeGroup.getByRole('radio', { name: /Visit request/ }).waitFor();
  expect(await typeGroup.getByRole('radio').count()).toBe(2);
  for (const hidden of [/Service request/, /Feedback/, /Question/]) expect(await form.getByRole('radio', { name: hidden }).count()).toBe(0);

  // Only the writable site.
  await form.getByText('Only sites where you may raise requests.').waitFor();
  await form.getByRole('textbox', { name: 'Site', exact: true }).click();
  expect(await openOptionNames(page)).toEqual(['Lab South']);
  await page.keyboard.press('Escape');

  // Only the configured recipient group.
  await form.getByRole('textbox', { name: 'Send to' }).click();
  expect(await openOptionNames(page)).toEqual(['Service team 1']);
  await page.keyboard.press('Escape');

  // Without a site it is not sent.
  await form.getByRole('radio', { name: /Visit request/ }).check();
  const subject = `Climate chamber door seal ${Date.now().toString(36)}`;
  await form.getByLabel('Subject').fill(subject);
  await form.getByRole('button', { name: 'Send request' }).click();
  await form.getByText('Choose a site.').waitFor();
  await portalScreenshot(page, 'scenario-ticket-system-form');

  await form.getByRole('textbox', { name: 'Site', exact: true }).click();
  await page.getByRole('option', { name: 'Lab South' }).click();
  await form.getByRole('textbox', { name: 'Send to' }).click();
  await page.getByRole('option', { name: 'Service team 1' }).click();

  // On the writable site she may attach files; they need a file type.
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Add files' }).click();
  await (await chooser).setFiles({ name: 'door-seal.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 door seal') });
  await form.getByRole('list', { name: 'Attachments' }).getByText('door-seal.pdf').waitFor();
  await form.getByRole('button', { name: 'Send request' }).click();
  await form.getByText('Choose a file type for the attachments.').waitFor();
  await portalScreenshot(page, 'scenario-ticket-system-attachments');
  await form.getByRole('textbox', { name: 'File type of the attachments' }).click();
  await page.getByRole('option', { name: 'Report' }).click();
  await form.getByRole('button', { name: 'Send request' }).click();
  // Every file arrived: the request opens at once, the file listed on it.
  await page.getByRole('heading', { name: subject, level: 1 }).waitFor();
  await page.getByRole('link', { name: /door-seal\.pdf/ }).first().waitFor();
  await portalScreenshot(page, 'scenario-ticket-system-raised');

  // The server enforces the same rules: no ticket on the read-only site, none of a type not allowed.
  const refused = await page.evaluate(
    async ({ readOnlySite, writableSite, visitType, serviceType }) => {
      const post = async (body: unknown) =>
        (await fetch('/api/v1/tickets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status;
      return {
        readOnlySite: await post({ typeId: visitType, title: 'On the read-only site', siteId: readOnlySite, priority: 'normal' }),
        typeNotAllowed: await post({ typeId: serviceType, title: 'A type not allowed', siteId: writableSite, priority: 'normal' }),
      };
    },
    {
      readOnlySite: labNorth.id,
      writableSite: labSouth.id,
      visitType: types.find((type) => type.key === 'visit_request')!.id,
      serviceType: types.find((type) => type.key === 'service_request')!.id,
    },
  );
  expect(refused.readOnlySite).toBeGreaterThanOrEqual(400);
  expect(refused.typeNotAllowed).toBeGreaterThanOrEqual(400);
});
