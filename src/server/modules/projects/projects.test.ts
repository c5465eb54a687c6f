import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createProject, externalScopeSeeingAll, externalSession, insertSite, type ProjectJson } from '../../../../test/factories-projects.js';
import { createProjectsService } from './projects.service.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((p) => p.id);
const MISSING = '0190c7a0-0000-7000-8000-000000000000';

describe('projects', () => {
  it('creates, reads, updates and archives a project', async () => {
    const customer = await createCustomer(admin);
    const siteId = await insertSite(t.app, customer.id);
    const created = await createProject(admin, customer.id, {
      siteId,
      name: 'CCTV rollout',
      kind: 'installation',
      startDate: '2026-03-01',
      dueDate: '2026-04-30',
      internalNotes: 'tight budget',
    });
    expect(created).toMatchObject({
      customerId: customer.id,
      siteId,
      name: 'CCTV rollout',
      status: 'planned',
      description: null,
      progress: 0,
      flags: [],
      internalNotes: 'tight budget',
      archivedAt: null,
    });
    expect(created.number).toMatch(/^P-\d{6}$/);

    const read = await admin.get(`/api/v1/projects/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);

    const patched = await admin.patch(`/api/v1/projects/${created.id}`, { status: 'active', description: 'Phase 1', siteId: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ status: 'active', description: 'Phase 1', siteId: null, name: 'CCTV rollout', number: created.number });

    expect((await admin.delete(`/api/v1/projects/${created.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/projects/${created.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/projects?customerId=${customer.id}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/projects?customerId=${customer.id}&includeArchived=true`)).json())).toEqual([created.id]);

    const events = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'customer_id']).where('resource_id', '=', created.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['project.create', 'project.update', 'project.archive']);
    expect(events.every((e) => e.customer_id === customer.id)).toBe(true);
  });

  it('validates input and references', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const foreignSite = await insertSite(t.app, other.id);
    expect((await admin.post('/api/v1/projects', { name: 'X' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/projects', { customerId: customer.id, name: 'X', colour: 'red' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/projects', { customerId: customer.id, name: 'X', kind: 'demolition' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/projects', { customerId: customer.id, name: 'X', startDate: '2026-02-30' })).statusCode).toBe(400);

    const unknownCustomer = await admin.post('/api/v1/projects', { customerId: MISSING, name: 'X' });
    expect(unknownCustomer.statusCode).toBe(422);
    expect(unknownCustomer.json().error).toMatchObject({ code: 'invalid_reference', message: expect.stringContaining('customerId') });
    const wrongSite = await admin.post('/api/v1/projects', { customerId: customer.id, siteId: foreignSite, name: 'X' });
    expect(wrongSite.statusCode).toBe(422);
    expect(wrongSite.json().error.message).toContain('siteId');
    const dates = await admin.post('/api/v1/projects', { customerId: customer.id, name: 'X', startDate: '2026-05-01', dueDate: '2026-04-01' });
    expect(dates.statusCode).toBe(422);

    const project = await createProject(admin, customer.id);
    expect((await admin.patch(`/api/v1/projects/${project.id}`, { customerId: other.id })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/projects/${project.id}`, { siteId: foreignSite })).statusCode).toBe(422);
    expect((await admin.get(`/api/v1/projects/${MISSING}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/v1/projects/${MISSING}`, { name: 'Y' })).statusCode).toBe(404);
  });

  it('filters by customer, site, status and kind, and searches number and name', async () => {
    const customer = await createCustomer(admin);
    const siteA = await insertSite(t.app, customer.id);
    const tag = uniqueSuffix();
    const design = await createProject(admin, customer.id, { name: `Design ${tag}`, kind: 'design', siteId: siteA });
    const install = await createProject(admin, customer.id, { name: `Install ${tag}`, kind: 'installation', status: 'active' });
    const elsewhere = await createProject(admin, (await createCustomer(admin)).id, { name: `Other ${tag}` });

    const get = async (query: string) => ids((await admin.get(`/api/v1/projects?${query}`)).json());
    expect(await get(`customerId=${customer.id}&sort=name`)).toEqual([design.id, install.id]);
    expect(await get(`siteId=${siteA}`)).toEqual([design.id]);
    expect(await get(`customerId=${customer.id}&status=active`)).toEqual([install.id]);
    expect(await get(`customerId=${customer.id}&kind=design`)).toEqual([design.id]);
    expect(await get(`q=${tag}&sort=createdAt`)).toEqual([design.id, install.id, elsewhere.id]);
    expect(await get(`q=${install.number}`)).toEqual([install.id]);
    expect(await get(`q=${encodeURIComponent(`install ${tag}`.toUpperCase())}`)).toEqual([install.id]);
    expect((await admin.get('/api/v1/projects?status=unknown')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/projects?sort=title')).statusCode).toBe(400);
  });

  it('pages through a list with a cursor, each project exactly once', async () => {
    const customer = await createCustomer(admin);
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await createProject(admin, customer.id, { name: `Paged ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/projects?customerId=${customer.id}&limit=3&sort=-number${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...created].reverse());
    expect((await admin.get('/api/v1/projects?cursor=garbage')).statusCode).toBe(400);
  });

  it('computes progress from done/total tasks for a whole page', async () => {
    const customer = await createCustomer(admin);
    const twoOfThree = await createProject(admin, customer.id, { name: 'A two of three' });
    const allDone = await createProject(admin, customer.id, { name: 'B all done' });
    const noTasks = await createProject(admin, customer.id, { name: 'C no tasks' });
    const addTask = async (projectId: string, done: boolean) => {
      const task = (await admin.post(`/api/v1/projects/${projectId}/tasks`, { title: `Task ${uniqueSuffix()}` })).json();
      if (done) expect((await admin.patch(`/api/v1/projects/${projectId}/tasks/${task.id}`, { done: true })).statusCode).toBe(200);
    };
    await addTask(twoOfThree.id, true);
    await addTask(twoOfThree.id, true);
    await addTask(twoOfThree.id, false);
    await addTask(allDone.id, true);

    const page = (await admin.get(`/api/v1/projects?customerId=${customer.id}&sort=name`)).json();
    expect(page.items.map((p: ProjectJson) => p.progress)).toEqual([67, 100, 0]);
    expect((await admin.get(`/api/v1/projects/${twoOfThree.id}`)).json().progress).toBe(67);
    expect((await admin.get(`/api/v1/projects/${noTasks.id}`)).json().progress).toBe(0);
  });

  it('lets every staff role manage projects; portal users see none and change none', async () => {
    const technician = (await staffSession(t.app, 'technician')).session;
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const customer = await createCustomer(admin);
    const project = await createProject(technician, customer.id, { internalNotes: 'staff only' });
    expect((await coordinator.patch(`/api/v1/projects/${project.id}`, { status: 'on_hold' })).statusCode).toBe(200);
    expect((await technician.delete(`/api/v1/projects/${project.id}`)).statusCode).toBe(204);

    const portal = (await externalSession(t.app)).session;
    expect((await portal.get(`/api/v1/projects?customerId=${customer.id}&includeArchived=true`)).json()).toEqual({ items: [], nextCursor: null });
    expect((await portal.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(404);
    expect((await portal.patch(`/api/v1/projects/${project.id}`, { name: 'X' })).statusCode).toBe(404);
    expect((await portal.post('/api/v1/projects', { customerId: customer.id, name: 'X' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/projects' })).statusCode).toBe(401);
  });

  it('hides internal notes from a portal viewer that may see the project', async () => {
    const customer = await createCustomer(admin);
    const project = await createProject(admin, customer.id, { internalNotes: 'margin 40%' });
    const { userId } = await externalSession(t.app);
    const service = createProjectsService(t.app.ctx);
    const seen = await service.get(externalScopeSeeingAll(userId), project.id);
    expect(seen.id).toBe(project.id);
    expect(seen).not.toHaveProperty('internalNotes');
  });
});
