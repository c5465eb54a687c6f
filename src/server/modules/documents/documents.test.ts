import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createDocument, externalScopeSeeingAll, externalSession } from '../../../../test/factories-tickets.js';
import { createDocumentsService } from './documents.service.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('documents', () => {
  it('creates, reads, updates and archives a document; lists leave the body out', async () => {
    const tag = uniqueSuffix();
    const doc = await createDocument(admin, { title: `Lockout procedure ${tag}`, kind: 'procedure', body: 'Isolate, lock, tag, verify.' });
    expect(doc).toMatchObject({ title: `Lockout procedure ${tag}`, kind: 'procedure', body: 'Isolate, lock, tag, verify.', archivedAt: null });
    expect((await admin.get(`/api/v1/documents/${doc.id}`)).json()).toEqual(doc);

    const listed = (await admin.get(`/api/v1/documents?q=${tag}`)).json();
    const { body: _body, ...summary } = doc;
    expect(listed.items).toEqual([summary]);

    const patched = await admin.patch(`/api/v1/documents/${doc.id}`, { kind: 'policy', body: 'Always lock out.' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ kind: 'policy', body: 'Always lock out.', title: doc.title });

    expect((await admin.delete(`/api/v1/documents/${doc.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/documents/${doc.id}`)).json().archivedAt).not.toBeNull();
    expect(ids((await admin.get(`/api/v1/documents?q=${tag}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/documents?q=${tag}&includeArchived=true`)).json())).toEqual([doc.id]);
    const events = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', doc.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['document.create', 'document.update', 'document.archive']);
  });

  it('validates title, kind and a body of at most 100 000 characters', async () => {
    expect((await admin.post('/api/v1/documents', { title: '', kind: 'list', body: '' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/documents', { title: 'X', kind: 'memo', body: '' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/documents', { title: 'X', kind: 'list', body: '', secret: true })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/documents', { title: 'Too long', kind: 'list', body: 'x'.repeat(100_001) })).statusCode).toBe(400);
    const longest = await createDocument(admin, { kind: 'list', body: 'x'.repeat(100_000) });
    expect((await admin.get(`/api/v1/documents/${longest.id}`)).json().body).toHaveLength(100_000);
    expect((await admin.patch(`/api/v1/documents/${longest.id}`, { body: 'y'.repeat(100_001) })).statusCode).toBe(400);
  });

  it('filters by kind, searches title and text, and pages', async () => {
    const tag = uniqueSuffix();
    const list = await createDocument(admin, { title: `Spare parts ${tag}`, kind: 'list', body: 'Fuses, filters' });
    const policy = await createDocument(admin, { title: `Access policy ${tag}`, kind: 'policy', body: 'Escort visitors' });
    expect(ids((await admin.get(`/api/v1/documents?q=${tag}&kind=list`)).json())).toEqual([list.id]);
    expect(ids((await admin.get(`/api/v1/documents?q=${tag}&sort=title`)).json())).toEqual([policy.id, list.id]);
    expect(ids((await admin.get(`/api/v1/documents?q=ESCORT%20visitors`)).json())).toEqual([policy.id]);

    const pagedTag = uniqueSuffix();
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await createDocument(admin, { title: `Paged ${pagedTag} ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await admin.get(`/api/v1/documents?q=${pagedTag}&limit=2&sort=-title${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...created].reverse());
  });

  it('lets all staff read, admins and coordinators write, technicians not', async () => {
    const coordinator = (await staffSession(t.app, 'coordinator')).session;
    const technician = (await staffSession(t.app, 'technician')).session;
    const doc = await createDocument(coordinator);
    expect((await coordinator.patch(`/api/v1/documents/${doc.id}`, { title: 'Renamed' })).statusCode).toBe(200);
    expect((await technician.get(`/api/v1/documents/${doc.id}`)).statusCode).toBe(200);
    expect(ids((await technician.get('/api/v1/documents?limit=200')).json())).toContain(doc.id);
    expect((await technician.post('/api/v1/documents', { title: 'Mine', kind: 'list', body: '' })).statusCode).toBe(403);
    expect((await technician.patch(`/api/v1/documents/${doc.id}`, { title: 'Mine' })).statusCode).toBe(403);
    expect((await technician.delete(`/api/v1/documents/${doc.id}`)).statusCode).toBe(403);
  });

  it('never shows documents to portal users, whatever their access', async () => {
    const doc = await createDocument(admin);
    const portalUser = await externalSession(t.app);
    expect((await portalUser.session.get(`/api/v1/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await portalUser.session.get('/api/v1/documents')).json()).toEqual({ items: [], nextCursor: null });
    expect((await portalUser.session.post('/api/v1/documents', { title: 'X', kind: 'list', body: '' })).statusCode).toBe(403);
    expect((await portalUser.session.patch(`/api/v1/documents/${doc.id}`, { title: 'X' })).statusCode).toBe(404);

    // Even a portal scope that would see every record gets none of them.
    const documents = createDocumentsService(t.app.ctx);
    const scope = externalScopeSeeingAll(portalUser.userId);
    expect(await documents.list(scope, {})).toEqual({ items: [], nextCursor: null });
    await expect(documents.get(scope, doc.id)).rejects.toMatchObject({ statusCode: 404 });
  });
});
