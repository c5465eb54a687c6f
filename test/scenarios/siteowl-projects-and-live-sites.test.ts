/**
 * Seed 002 — SiteOwl, giving customers access (SPEC §5): customer account users are invited by e-mail;
 * "View Only" sees all projects of the account; "Technician" sees only the projects selected for them, at
 * access level "view"; the project view shows devices, tasks, the parts list, files, reports and the
 * installation progress; on Live Sites the technician role views devices and tickets, the agent role adds,
 * edits and archives devices and manages tickets; users get an e-mail when projects are granted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../helpers.js';
import {
  API,
  activateFromMail,
  created,
  deliverMail,
  expectDelivered,
  expectForbidden,
  expectHidden,
  expectListExactly,
  expectSameAsNonexistent,
  fileTypeId,
  grant,
  lastMailTo,
  listIds,
  mailStatus,
  mailsTo,
  openStory,
  read,
  sorted,
  ticketStatusId,
  ticketTypeId,
  uniqueSuffix,
  uploaded,
  type Json,
  type Story,
} from './story-kit.js';
import { loginAs } from '../helpers.js';

describe('SiteOwl: customer account users on projects and live sites', () => {
  let s: Story;
  let admin: Session;
  const w: Record<string, Json> = {};
  const users = {
    viewer: { email: `viewer-${uniqueSuffix()}@acme-retail.test`, roleTemplate: 'view_only', id: '', session: undefined as unknown as Session },
    tech: { email: `tech-${uniqueSuffix()}@acme-retail.test`, roleTemplate: 'technician', id: '', session: undefined as unknown as Session },
    agent: { email: `agent-${uniqueSuffix()}@acme-retail.test`, roleTemplate: 'live_site_agent', id: '', session: undefined as unknown as Session },
  } as const;

  beforeAll(async () => {
    s = await openStory();
    admin = s.admin;
    w.acme = await created(admin, `${API}/customers`, { name: 'Acme Retail' });
    w.globex = await created(admin, `${API}/customers`, { name: 'Globex' });
    w.store1 = await created(admin, `${API}/sites`, { customerId: w.acme.id, name: 'Store 1', kind: 'branch' });
    w.store2 = await created(admin, `${API}/sites`, { customerId: w.acme.id, name: 'Store 2', kind: 'branch' });

    const project = (body: object) => created(admin, `${API}/projects`, { customerId: w.acme.id, ...body });
    w.design = await project({ name: 'Store 1 camera design', kind: 'design', siteId: w.store1.id, internalNotes: 'margin 32%' });
    w.install = await project({ name: 'Store 2 access control', kind: 'installation', siteId: w.store2.id });
    w.refit = await project({ name: 'Chain-wide refit', kind: 'installation' });
    w.globexProject = await created(admin, `${API}/projects`, { customerId: w.globex.id, name: 'Globex HQ cameras' });

    // Devices placed by the projects, and live-site devices already installed.
    const device = (body: object) => created(admin, `${API}/assets`, { customerId: w.acme.id, category: 'camera', ...body });
    w.cam1 = await device({ name: 'Entrance dome', siteId: w.store1.id, projectId: w.design.id });
    w.cam2 = await device({ name: 'Till camera', siteId: w.store1.id, projectId: w.design.id });
    w.reader = await device({ name: 'Door reader', siteId: w.store2.id, projectId: w.install.id, category: 'reader' });
    w.nvr = await device({ name: 'NVR', siteId: w.store1.id, category: 'recorder' });
    w.panel = await device({ name: 'Alarm panel', siteId: w.store2.id, category: 'panel' });
    w.globexCam = await created(admin, `${API}/assets`, { customerId: w.globex.id, name: 'Globex camera', projectId: w.globexProject.id });

    // The design project's tasks (one done: 50 % progress), parts list, report, files and flags.
    w.task1 = await created(admin, `${API}/projects/${w.design.id}/tasks`, { title: 'Survey mounting points' });
    w.task2 = await created(admin, `${API}/projects/${w.design.id}/tasks`, { title: 'Pull cables' });
    expect((await admin.patch(`${API}/projects/${w.design.id}/tasks/${w.task1.id}`, { done: true })).statusCode).toBe(200);
    w.part = await created(admin, `${API}/projects/${w.design.id}/parts`, { partNumber: 'DC-4', description: 'Dome camera 4MP', quantity: 4 });
    w.report = await created(admin, `${API}/projects/${w.design.id}/reports`, { title: 'Site survey', summary: 'Two blind spots found.' });
    w.drawing = await uploaded(admin, { resourceType: 'project', resourceId: w.design.id, fileTypeId: await fileTypeId(admin, 'Drawing'), filename: 'floorplan.pdf', content: 'FLOORPLAN' });
    w.internalFile = await uploaded(admin, { resourceType: 'project', resourceId: w.design.id, fileTypeId: await fileTypeId(admin, 'Internal'), filename: 'costing.xlsx', content: 'COSTS' });
    w.shownFlag = await created(admin, `${API}/flags`, { name: `Awaiting approval ${uniqueSuffix()}`, color: '#f59f00', customerVisible: true });
    w.hiddenFlag = await created(admin, `${API}/flags`, { name: `Margin review ${uniqueSuffix()}`, color: '#e03131', customerVisible: false });
    for (const flag of [w.shownFlag, w.hiddenFlag]) await created(admin, `${API}/flags/${flag.id}/assignments`, { resourceType: 'project', resourceId: w.design.id });

    // A live-site ticket raised by the office.
    w.officeTicket = await created(admin, `${API}/tickets`, { customerId: w.acme.id, siteId: w.store1.id, assetId: w.nvr.id, typeId: await ticketTypeId(admin, 'incident_report'), title: 'NVR disk full' });
    w.globexTicket = await created(admin, `${API}/tickets`, { customerId: w.globex.id, typeId: await ticketTypeId(admin, 'incident_report'), title: 'Globex issue' });
  });
  afterAll(() => s.close());

  it('staff invite the account users by e-mail — View Only, Technician and live-site Agent — and each activates from the invitation mail', async () => {
    const response = await admin.post(`${API}/users/invitations`, {
      invitations: Object.values(users).map((u) => ({ email: u.email, displayName: u.roleTemplate, customerId: w.acme.id, roleTemplate: u.roleTemplate })),
    });
    expect(response.statusCode, response.body).toBe(201);
    const items = response.json().items as Json[];
    expect(items.map((i) => i.status)).toEqual(['pending', 'pending', 'pending']);
    for (const u of Object.values(users)) {
      (u as { id: string }).id = items.find((i) => i.email === u.email).id;
      await activateFromMail(s, u.email, `${u.roleTemplate}-password-1`);
      const mail = await lastMailTo(s, u.email, 'invitation');
      expect(mail.subject).toBe('Your portal access for Acme Retail');
      expectDelivered(s, mail, await mailStatus(s, mail.id));
      (u as { session: Session }).session = await loginAs(s.app, u.email, `${u.roleTemplate}-password-1`);
    }
  });

  it('"View Only" sees every project of the account, and nothing of other accounts', async () => {
    const viewer = users.viewer.session;
    await expectListExactly(viewer, `${API}/projects`, [w.design.id, w.install.id, w.refit.id]);
    await expectHidden(viewer, `${API}/projects`, w.globexProject.id);
    await expectListExactly(viewer, `${API}/projects?siteId=${w.store2.id}`, [w.install.id]);
  });

  it('the project view shows devices, tasks, parts list, files, reports and installation progress — and only customer-visible flags and files', async () => {
    const viewer = users.viewer.session;
    const project = await read(viewer, `${API}/projects/${w.design.id}`);
    expect(project).toMatchObject({ name: 'Store 1 camera design', kind: 'design', progress: 50 });
    expect(project.internalNotes).toBeUndefined();
    expect(project.flags.map((f: Json) => f.id)).toEqual([w.shownFlag.id]);

    await expectListExactly(viewer, `${API}/projects/${w.design.id}/devices`, [w.cam1.id, w.cam2.id]);
    await expectListExactly(viewer, `${API}/projects/${w.design.id}/tasks`, [w.task1.id, w.task2.id]);
    expect((await read(viewer, `${API}/projects/${w.design.id}/tasks`)).items.map((t: Json) => t.done)).toEqual([true, false]);
    const parts = await read(viewer, `${API}/projects/${w.design.id}/parts`);
    expect(parts.items).toEqual([expect.objectContaining({ partNumber: 'DC-4', description: 'Dome camera 4MP', quantity: 4 })]);
    await expectListExactly(viewer, `${API}/projects/${w.design.id}/reports`, [w.report.id]);

    await expectListExactly(viewer, `${API}/files?resourceType=project&resourceId=${w.design.id}`, [w.drawing.id]);
    const download = await viewer.get(`${API}/files/${w.drawing.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('FLOORPLAN');
    await expectSameAsNonexistent(viewer, `${API}/files/${w.internalFile.id}`, w.internalFile.id);
    await expectSameAsNonexistent(viewer, `${API}/files/${w.internalFile.id}/content`, w.internalFile.id);
  });

  it('viewing is all they can do with a project', async () => {
    const viewer = users.viewer.session;
    expectForbidden(await viewer.patch(`${API}/projects/${w.design.id}`, { name: 'Renamed' }));
    expectForbidden(await viewer.post(`${API}/projects/${w.design.id}/tasks`, { title: 'Customer task' }));
    expectForbidden(await viewer.patch(`${API}/projects/${w.design.id}/tasks/${w.task2.id}`, { done: true }));
    expectForbidden(await viewer.post(`${API}/projects/${w.design.id}/parts`, { description: 'More cameras', quantity: 10 }));
    expectForbidden(await viewer.delete(`${API}/projects/${w.design.id}`));
    expect((await read(admin, `${API}/projects/${w.design.id}`)).progress).toBe(50);
  });

  it('"Technician" sees no project until staff select projects for them, and gets an e-mail for each grant', async () => {
    const tech = users.tech.session;
    await expectListExactly(tech, `${API}/projects`, []);
    const before = (await mailsTo(s, users.tech.email)).length;

    await grant(admin, users.tech.id, 'project', w.design.id, 'visible');
    await deliverMail(s);
    const mail = await lastMailTo(s, users.tech.email, 'grant_notification');
    expect(mail.subject).toBe('You now have access to project "Store 1 camera design"');
    expectDelivered(s, mail, await mailStatus(s, mail.id));
    expect((await mailsTo(s, users.tech.email)).length).toBe(before + 1);

    await expectListExactly(tech, `${API}/projects`, [w.design.id]);
    await expectListExactly(tech, `${API}/projects/${w.design.id}/devices`, [w.cam1.id, w.cam2.id]);
    await expectListExactly(tech, `${API}/projects/${w.design.id}/tasks`, [w.task1.id, w.task2.id]);
    await expectListExactly(tech, `${API}/projects/${w.design.id}/reports`, [w.report.id]);
    await expectListExactly(tech, `${API}/files?resourceType=project&resourceId=${w.design.id}`, [w.drawing.id]);
    expect((await read(tech, `${API}/projects/${w.design.id}`)).progress).toBe(50);
    expectForbidden(await tech.patch(`${API}/projects/${w.design.id}`, { status: 'completed' }));

    for (const project of [w.install, w.refit, w.globexProject]) {
      await expectHidden(tech, `${API}/projects`, project.id);
      for (const part of ['devices', 'tasks', 'parts', 'reports']) await expectSameAsNonexistent(tech, `${API}/projects/${project.id}/${part}`, project.id);
    }

    // Staff may grant without a notification.
    await grant(admin, users.tech.id, 'project', w.install.id, 'visible', false);
    expect((await mailsTo(s, users.tech.email)).length).toBe(before + 1);
    await expectListExactly(tech, `${API}/projects`, [w.design.id, w.install.id]);
  });

  it('Live Site technician: views all devices and tickets of the account, but cannot change them', async () => {
    const tech = users.tech.session;
    await expectListExactly(tech, `${API}/assets`, [w.cam1.id, w.cam2.id, w.reader.id, w.nvr.id, w.panel.id]);
    await expectHidden(tech, `${API}/assets`, w.globexCam.id);
    expect(await listIds(tech, `${API}/tickets`)).toContain(w.officeTicket.id);
    await expectHidden(tech, `${API}/tickets`, w.globexTicket.id);

    expectForbidden(await tech.post(`${API}/assets`, { customerId: w.acme.id, siteId: w.store1.id, name: 'Tech camera' }));
    expectForbidden(await tech.patch(`${API}/assets/${w.nvr.id}`, { status: 'in_repair' }));
    expectForbidden(await tech.delete(`${API}/assets/${w.nvr.id}`));
    expectForbidden(await tech.post(`${API}/tickets`, { customerId: w.acme.id, siteId: w.store1.id, typeId: await ticketTypeId(admin, 'service_request'), title: 'Tech ticket' }));
    expect((await read(admin, `${API}/assets/${w.nvr.id}`)).status).toBe('active');
  });

  it('Live Site agent: adds, edits and archives devices', async () => {
    const agent = users.agent.session;
    const added = await agent.post(`${API}/assets`, { customerId: w.acme.id, siteId: w.store1.id, name: 'Back door camera', category: 'camera', serialNumber: 'BD-7' });
    expect(added.statusCode, added.body).toBe(201);
    const camera = added.json();
    expect(await listIds(agent, `${API}/assets`)).toContain(camera.id);

    const edited = await agent.patch(`${API}/assets/${camera.id}`, { status: 'in_repair', name: 'Back door camera (faulty)' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'in_repair', name: 'Back door camera (faulty)' });

    expect((await agent.delete(`${API}/assets/${camera.id}`)).statusCode).toBe(204);
    await expectHidden(agent, `${API}/assets`, camera.id);
    expect((await read(admin, `${API}/assets/${camera.id}`)).archivedAt).not.toBeNull();

    // Never on another account's devices: those do not exist for them.
    await expectSameAsNonexistent(agent, `${API}/assets/${w.globexCam.id}`, w.globexCam.id);
    expect((await agent.patch(`${API}/assets/${w.globexCam.id}`, { name: 'x' })).statusCode).toBe(404);
  });

  it('Live Site agent: manages tickets — raises them, comments, and moves them along the workflow', async () => {
    const agent = users.agent.session;
    const raised = await agent.post(`${API}/tickets`, { customerId: w.acme.id, siteId: w.store2.id, assetId: w.panel.id, typeId: await ticketTypeId(admin, 'service_request'), title: 'Panel beeps' });
    expect(raised.statusCode, raised.body).toBe(201);
    expect(sorted(await listIds(agent, `${API}/tickets`))).toEqual(sorted([w.officeTicket.id, raised.json().id]));

    const comment = await agent.post(`${API}/tickets/${w.officeTicket.id}/comments`, { body: 'We replaced the disk.' });
    expect(comment.statusCode, comment.body).toBe(201);
    const moved = await agent.patch(`${API}/tickets/${w.officeTicket.id}`, { statusId: await ticketStatusId(admin, 'resolved') });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().statusKey).toBe('resolved');
  });
});
