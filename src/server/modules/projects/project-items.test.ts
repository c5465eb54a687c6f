import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createProject, externalScopeSeeingAll, externalSession, insertAsset, insertSite } from '../../../../test/factories-projects.js';
import { createProjectTasksService } from './project-tasks.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const MISSING = '0190c7a0-0000-7000-8000-000000000000';
const titles = (page: { items: { title: string }[] }) => page.items.map((i) => i.title);

async function newProject() {
  const customer = await createCustomer(admin);
  return createProject(admin, customer.id);
}

describe('project tasks', () => {
  it('keeps a checklist in order: add, tick off, move, delete', async () => {
    const project = await newProject();
    const base = `/api/v1/projects/${project.id}/tasks`;
    const created = [];
    for (const title of ['Survey', 'Cable', 'Mount', 'Test']) {
      const res = await admin.post(base, { title });
      expect(res.statusCode).toBe(201);
      created.push(res.json());
    }
    expect(created.map((c) => c.position)).toEqual([0, 1, 2, 3]);
    expect(created[0]).toMatchObject({ title: 'Survey', done: false });

    const moved = await admin.patch(`${base}/${created[3].id}`, { position: 1, done: true, title: 'Test all' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ position: 1, done: true, title: 'Test all' });
    expect(titles((await admin.get(base)).json())).toEqual(['Survey', 'Test all', 'Cable', 'Mount']);

    expect((await admin.patch(`${base}/${created[0].id}`, { position: 99 })).json().position).toBe(3);
    expect(titles((await admin.get(base)).json())).toEqual(['Test all', 'Cable', 'Mount', 'Survey']);

    expect((await admin.delete(`${base}/${created[1].id}`)).statusCode).toBe(204);
    const after = (await admin.get(base)).json();
    expect(after.items.map((i: { title: string; position: number }) => [i.title, i.position])).toEqual([
      ['Test all', 0],
      ['Mount', 1],
      ['Survey', 2],
    ]);
    const page = (await admin.get(`${base}?limit=2`)).json();
    expect(titles(page)).toEqual(['Test all', 'Mount']);
    expect(titles((await admin.get(`${base}?limit=2&cursor=${page.nextCursor}`)).json())).toEqual(['Survey']);
  });

  it('answers 404 for tasks of another or a missing project and validates bodies', async () => {
    const project = await newProject();
    const other = await newProject();
    const task = (await admin.post(`/api/v1/projects/${project.id}/tasks`, { title: 'Mine' })).json();
    expect((await admin.patch(`/api/v1/projects/${other.id}/tasks/${task.id}`, { done: true })).statusCode).toBe(404);
    expect((await admin.delete(`/api/v1/projects/${other.id}/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/projects/${MISSING}/tasks`)).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/projects/${MISSING}/tasks`, { title: 'X' })).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/projects/${project.id}/tasks`, { title: '' })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/projects/${project.id}/tasks/${task.id}`, { position: -1 })).statusCode).toBe(400);
  });

  it('shows project tasks to a portal viewer that may see the project, but lets only staff change them', async () => {
    const project = await newProject();
    await admin.post(`/api/v1/projects/${project.id}/tasks`, { title: 'Visible step' });
    const { userId, session: portal } = await externalSession(t.app);
    const tasks = createProjectTasksService(t.app.ctx);
    const scope = externalScopeSeeingAll(userId);
    expect((await tasks.list(scope, project.id, {})).items.map((i) => i.title)).toEqual(['Visible step']);
    await expect(tasks.create(scope, project.id, { title: 'X' }, {})).rejects.toMatchObject({ statusCode: 403 });
    // Today's policy: the portal user sees no project, so no tasks either.
    expect((await portal.get(`/api/v1/projects/${project.id}/tasks`)).statusCode).toBe(404);
  });
});

describe('project parts', () => {
  it('keeps a parts list: add, update, delete; quantity must be at least 1', async () => {
    const project = await newProject();
    const base = `/api/v1/projects/${project.id}/parts`;
    const part = await admin.post(base, { partNumber: 'CAM-4K', description: 'Dome camera', quantity: 12 });
    expect(part.statusCode).toBe(201);
    expect(part.json()).toMatchObject({ partNumber: 'CAM-4K', description: 'Dome camera', quantity: 12, status: 'planned' });
    const second = (await admin.post(base, { description: 'Cable 100 m', quantity: 3, status: 'ordered' })).json();
    expect(second.partNumber).toBeNull();

    expect((await admin.post(base, { description: 'None', quantity: 0 })).statusCode).toBe(400);
    expect((await admin.post(base, { description: 'Half', quantity: 1.5 })).statusCode).toBe(400);
    expect((await admin.post(base, { description: 'Bad', quantity: 1, status: 'lost' })).statusCode).toBe(400);
    expect((await admin.patch(`${base}/${second.id}`, { quantity: 0 })).statusCode).toBe(400);

    const patched = await admin.patch(`${base}/${part.json().id}`, { status: 'installed', quantity: 10 });
    expect(patched.json()).toMatchObject({ status: 'installed', quantity: 10, description: 'Dome camera' });
    expect((await admin.get(base)).json().items.map((p: { id: string }) => p.id)).toEqual([part.json().id, second.id]);

    expect((await admin.delete(`${base}/${second.id}`)).statusCode).toBe(204);
    expect((await admin.get(base)).json().items).toHaveLength(1);
    expect((await admin.delete(`${base}/${second.id}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/projects/${MISSING}/parts`)).statusCode).toBe(404);
    const portal = (await externalSession(t.app)).session;
    expect((await portal.post(base, { description: 'X', quantity: 1 })).statusCode).toBe(404);
  });
});

describe('project reports', () => {
  it('lists reports newest first and dates them today by default', async () => {
    const project = await newProject();
    const base = `/api/v1/projects/${project.id}/reports`;
    await admin.post(base, { title: 'Kick-off', summary: 'Agreed scope', reportDate: '2026-01-10' });
    await admin.post(base, { title: 'Handover', reportDate: '2026-02-20' });
    const today = await admin.post(base, { title: 'Status' });
    expect(today.statusCode).toBe(201);
    expect(today.json()).toMatchObject({ title: 'Status', summary: null, reportDate: t.clock.now().toISOString().slice(0, 10) });
    expect(titles((await admin.get(base)).json())).toEqual(['Status', 'Handover', 'Kick-off']);
    expect((await admin.post(base, { title: 'Bad', reportDate: 'yesterday' })).statusCode).toBe(400);
  });
});

describe('project devices', () => {
  it('lists the visible, unarchived assets the project placed, page by page', async () => {
    const project = await newProject();
    const siteId = await insertSite(t.app, project.customerId);
    const names = ['Cam A', 'Cam B', 'Cam C'];
    for (const name of names) await insertAsset(t.app, { customerId: project.customerId, projectId: project.id, siteId, name });
    await insertAsset(t.app, { customerId: project.customerId, projectId: project.id, name: 'Cam Z old', archived: true });
    await insertAsset(t.app, { customerId: project.customerId, name: 'Not placed by the project' });

    const base = `/api/v1/projects/${project.id}/devices`;
    const first = (await admin.get(`${base}?limit=2`)).json();
    expect(first.items.map((d: { name: string }) => d.name)).toEqual(['Cam A', 'Cam B']);
    expect(first.items[0]).toEqual({ id: expect.any(String), name: 'Cam A', category: 'camera', serialNumber: expect.stringMatching(/^SN-/), status: 'active', siteId, parentId: null });
    const second = (await admin.get(`${base}?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ name: 'Cam C' }], nextCursor: null });
    expect((await admin.get(`${base}?includeArchived=true`)).json().items).toHaveLength(4);
    expect((await admin.get(`${base}?q=cam%20b`)).json().items.map((d: { name: string }) => d.name)).toEqual(['Cam B']);
    expect((await admin.get(`/api/v1/projects/${MISSING}/devices`)).statusCode).toBe(404);
  });
});
