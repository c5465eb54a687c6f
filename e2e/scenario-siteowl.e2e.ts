import { beforeAll, expect, inject, test } from 'vitest';
import { browserPerTest, waitForPath } from './support/browser';
import { findByName, uploadTextFile } from './support/portal-api';
import { waitForMailTo } from './support/portal-mail';
import { portalScreenshot } from './support/portal-screens';
import { signIn } from './support/sign-in';
import { activateInBrowser, activationPathFor, adminApi, customerNamed, expectAbsent, inviteUser, openPortalArea, uniqueEmail } from './support/scenario-setup';

/**
 * SPEC §5 "SiteOwl": account users invited by e-mail. A "Technician" sees only the projects granted
 * to them (and is e-mailed about the grant) with progress, tasks, parts, reports, files and devices;
 * "View Only" sees every project of the account; a live-site agent manages tickets and adds, edits and archives devices.
 */
const baseUrl = inject('baseUrl');
const cctvProject = 'Store 12 CCTV upgrade';
const otherProject = `Store 31 access control design ${Date.now().toString(36)}`;
const projectFile = `cctv-handover-plan-${Date.now().toString(36)}.txt`;
const technician = { email: uniqueEmail('siteowl-tech', 'globex.example'), name: 'Tom Tech', password: 'tom-tech-secret-1' };
const viewer = { email: uniqueEmail('siteowl-view', 'globex.example'), name: 'Vera Viewer', password: 'vera-view-secret-1' };

let technicianActivation: string;
let viewerActivation: string;
const browsers = browserPerTest();

beforeAll(async () => {
  const api = await adminApi(baseUrl);
  const globex = await customerNamed(api, 'Globex Retail');
  const project = await findByName<{ id: string; name: string }>(api, '/projects', cctvProject, { customerId: globex.id });
  // A second project of the account: the view-only user sees it, the technician does not.
  await api.post('/projects', { customerId: globex.id, name: otherProject, kind: 'design', status: 'planned' });
  const fileTypes = await api.get<{ items: { id: string; name: string }[] }>('/file-types?limit=200');
  const certificateType = fileTypes.items.find((type) => type.name === 'Certificate')!.id;
  await uploadTextFile(api, { resourceType: 'project', resourceId: project.id, fileTypeId: certificateType }, projectFile, 'Handover on site, week 3.');

  const technicianId = await inviteUser(api, { email: technician.email, displayName: technician.name, customerId: globex.id, roleTemplate: 'technician' });
  await api.post(`/users/${technicianId}/grants`, { resourceType: 'project', resourceId: project.id, kind: 'visible' });
  await inviteUser(api, { email: viewer.email, displayName: viewer.name, customerId: globex.id, roleTemplate: 'view_only' });

  technicianActivation = await activationPathFor(technician.email);
  viewerActivation = await activationPathFor(viewer.email);
});

test('the technician is e-mailed about the granted project and sees only it, with progress, tasks, parts, reports, files and devices', async () => {
  // The subject is RFC 2047-encoded; the plain-text body names the project.
  const grantMail = await waitForMailTo(technician.email, 'you now have access to');
  expect(grantMail.text).toContain(`project "${cctvProject}"`);

  const browser = await browsers.open();
  const { page } = browser;
  await activateInBrowser(page, baseUrl, technicianActivation, technician.password);
  await page.getByRole('heading', { name: 'Welcome, Tom' }).waitFor();

  await openPortalArea(page, 'Projects', '/portal/projects');
  const projects = page.getByRole('list', { name: 'Projects' });
  const row = projects.getByRole('link', { name: new RegExp(cctvProject) });
  await row.waitFor();
  // Two of the five tasks are done.
  await row.getByRole('progressbar').first().waitFor();
  await row.getByText('40 %').waitFor();
  await expectAbsent(page, otherProject);
  await portalScreenshot(page, 'scenario-siteowl-technician-projects');

  await row.click();
  await page.getByRole('heading', { name: cctvProject, level: 1 }).waitFor();
  await page.getByText('Installation progress').waitFor();
  await page.getByRole('progressbar').first().waitFor();

  const tasks = page.getByRole('list', { name: 'Tasks' });
  await tasks.getByRole('checkbox', { name: 'Site survey: done' }).waitFor();
  await tasks.getByRole('checkbox', { name: 'Customer handover: open' }).waitFor();
  await page.getByText('2 of 5 done').waitFor();

  const parts = page.getByRole('table', { name: 'Parts list' });
  await parts.getByRole('cell', { name: '4K dome camera' }).waitFor();
  await parts.getByRole('cell', { name: 'Network video recorder' }).waitFor();

  await page.getByText('Site survey report').waitFor();
  await page.getByText('Cable routes confirmed; two camera positions moved for better coverage.').waitFor();
  await page.getByRole('list', { name: 'Files' }).getByRole('link', { name: `Download ${projectFile}` }).waitFor();
  // Staff-only notes never reach the portal.
  await expectAbsent(page, 'Margin 18 %');

  const devicesPreview = page.getByRole('list', { name: 'Devices' });
  await devicesPreview.getByRole('link', { name: /Camera 1/ }).waitFor();
  await portalScreenshot(page, 'scenario-siteowl-technician-project');

  await page.getByRole('link', { name: 'All devices' }).click();
  await page.getByRole('heading', { name: `Devices: ${cctvProject}`, level: 1 }).waitFor();
  const devices = page.getByRole('list', { name: 'Devices' });
  for (const name of ['CCTV system Store 12', 'Camera 1', 'Camera 2', 'Camera 3', 'Camera 4']) {
    await devices.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();
  }
  await portalScreenshot(page, 'scenario-siteowl-technician-devices');

  // Technicians view the tickets of their sites.
  await openPortalArea(page, 'Requests', '/portal/tickets');
  await page.getByRole('list', { name: 'Requests' }).getByRole('link', { name: /Add a camera at the loading dock/ }).waitFor();
});

test('the view-only user sees every project of the account', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  await activateInBrowser(page, baseUrl, viewerActivation, viewer.password);
  await page.getByRole('heading', { name: 'Welcome, Vera' }).waitFor();

  await openPortalArea(page, 'Projects', '/portal/projects');
  const projects = page.getByRole('list', { name: 'Projects' });
  await projects.getByRole('link', { name: new RegExp(cctvProject) }).waitFor();
  await projects.getByRole('link', { name: new RegExp(otherProject) }).waitFor();
  await portalScreenshot(page, 'scenario-siteowl-view-only-projects');

  await projects.getByRole('link', { name: new RegExp(otherProject) }).click();
  await page.getByRole('heading', { name: otherProject, level: 1 }).waitFor();
  await page.getByText('No tasks yet.').waitFor();

  // View only: devices are listed, but nothing offers to add, edit or archive them.
  await openPortalArea(page, 'Assets', '/portal/assets');
  await page.getByRole('link', { name: /CCTV system Store 12/ }).click();
  await page.getByRole('heading', { name: 'CCTV system Store 12', level: 1 }).waitFor();
  for (const action of ['Add sub-device', 'Edit', 'Archive']) expect(await page.getByRole('button', { name: action }).count(), action).toBe(0);
  // View only: no raising requests.
  await page.goto(`${baseUrl}/portal/tickets/new`);
  await page.getByText('You cannot raise requests').waitFor();
});

test('the live-site agent raises a ticket about a device', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  const subject = `Camera 3 image is blurry ${Date.now().toString(36)}`;
  await signIn(page, baseUrl, 'agent@globex.example', 'portal-globex');
  await waitForPath(page, '/portal');
  await page.getByRole('heading', { name: 'Welcome, Gus' }).waitFor();

  await openPortalArea(page, 'Requests', '/portal/tickets');
  await page.getByRole('link', { name: 'Raise a request' }).first().click();
  await waitForPath(page, '/portal/tickets/new');
  const form = page.getByRole('form', { name: 'Raise a request' });
  await form.getByRole('radio', { name: /Incident report/ }).check();
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Details').fill('Since this morning the picture of camera 3 is out of focus.');
  await form.getByRole('textbox', { name: 'Asset (optional)' }).fill('Camera 3');
  await page.getByRole('option', { name: /Camera 3/ }).click();
  await portalScreenshot(page, 'scenario-siteowl-agent-raise');
  await form.getByRole('button', { name: 'Send request' }).click();

  await page.getByRole('heading', { name: subject, level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Camera 3' }).waitFor();
  await openPortalArea(page, 'Requests', '/portal/tickets');
  const requests = page.getByRole('list', { name: 'Requests' });
  await requests.getByRole('link', { name: new RegExp(subject) }).waitFor();
  // Agents manage all tickets of the account, not only their own.
  await requests.getByRole('link', { name: /Add a camera at the loading dock/ }).waitFor();
  await portalScreenshot(page, 'scenario-siteowl-agent-requests');
});

test('the live-site agent adds, edits and archives a device', async () => {
  const browser = await browsers.open();
  const { page } = browser;
  const device = `Camera 5 loading dock ${Date.now().toString(36)}`;
  await signIn(page, baseUrl, 'agent@globex.example', 'portal-globex');
  await waitForPath(page, '/portal');

  await openPortalArea(page, 'Assets', '/portal/assets');
  await page.getByRole('link', { name: /CCTV system Store 12/ }).click();
  await page.getByRole('heading', { name: 'CCTV system Store 12', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Add sub-device' }).click();
  const addForm = page.getByRole('form', { name: 'Add a device' });
  await addForm.getByRole('textbox', { name: 'Name' }).fill(device);
  await addForm.getByLabel('Serial number').fill('AX-P3268-1005');
  await addForm.getByLabel('Category').fill('Camera');
  await portalScreenshot(page, 'scenario-siteowl-agent-add-device');
  await addForm.getByRole('button', { name: 'Add device' }).click();

  await page.getByRole('heading', { name: device, level: 1 }).waitFor();
  await page.getByRole('link', { name: 'CCTV system Store 12' }).waitFor();
  await page.getByText('AX-P3268-1005').waitFor();

  await page.getByRole('button', { name: 'Edit' }).click();
  const editForm = page.getByRole('form', { name: `Edit ${device}` });
  await editForm.getByLabel('Model').fill('P3268-LVE');
  await editForm.getByRole('textbox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'In repair' }).click();
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  await editForm.waitFor({ state: 'detached' });
  await page.getByText('P3268-LVE', { exact: true }).waitFor();
  await page.getByText('In repair').first().waitFor();

  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await waitForPath(page, '/portal/assets');
  await page.getByRole('link', { name: /CCTV system Store 12/ }).waitFor();
  expect(await page.getByRole('link', { name: new RegExp(device) }).count()).toBe(0);

  // Staff still have the archived device with the agent's edits.
  const api = await adminApi(baseUrl);
  const archived = await api.get<{ items: { name: string; model: string | null; status: string; archivedAt: string | null }[] }>(`/assets?q=${encodeURIComponent(device)}&includeArchived=true`);
  expect(archived.items.map((asset) => ({ model: asset.model, status: asset.status, archived: asset.archivedAt !== null }))).toEqual([{ model: 'P3268-LVE', status: 'in_repair', archived: true }]);
});

