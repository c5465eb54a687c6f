import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { insertAsset, uploadFile } from '../../../../test/factories-files.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const MISSING = '0190c7a0-0000-7000-8000-000000000000';

describe('file types', () => {
  it('starts with the default types; only Internal is hidden from the portal', async () => {
    const items = (await admin.get('/api/v1/file-types?limit=200')).json().items as { name: string; customerVisible: boolean }[];
    const defaults = Object.fromEntries(items.map((i) => [i.name, i.customerVisible]));
    expect(defaults).toMatchObject({ Certificate: true, Report: true, Photo: true, Drawing: true, Invoice: true, Internal: false });
    const hidden = (await admin.get('/api/v1/file-types?customerVisible=false')).json().items.map((i: { name: string }) => i.name);
    expect(hidden).toContain('Internal');
    expect(hidden).not.toContain('Report');
  });

  it('creates, reads, updates and archives a file type, with an audit trail', async () => {
    const name = `Calibration sheet ${uniqueSuffix()}`;
    const created = await admin.post('/api/v1/file-types', { name, customerVisible: false });
    expect(created.statusCode).toBe(201);
    const type = created.json();
    expect(type).toMatchObject({ name, customerVisible: false, archivedAt: null });
    expect((await admin.get(`/api/v1/file-types/${type.id}`)).json()).toEqual(type);

    const patched = await admin.patch(`/api/v1/file-types/${type.id}`, { customerVisible: true });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name, customerVisible: true });

    expect((await admin.delete(`/api/v1/file-types/${type.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/file-types/${type.id}`)).json().archivedAt).not.toBeNull();
    const listed = (await admin.get(`/api/v1/file-types?q=${encodeURIComponent(name)}`)).json().items;
    expect(listed).toEqual([]);
    const withArchived = (await admin.get(`/api/v1/file-types?includeArchived=true&q=${encodeURIComponent(name)}`)).json().items;
    expect(withArchived.map((i: { id: string }) => i.id)).toEqual([type.id]);

    const events = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'details']).where('resource_id', '=', type.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['file_type.create', 'file_type.update', 'file_type.archive']);
    expect(JSON.parse(events[1]!.details!)).toEqual({ changes: { customerVisible: { before: false, after: true } } });
  });

  it('refuses uploads with an archived file type', async () => {
    const type = (await admin.post('/api/v1/file-types', { name: `Old ${uniqueSuffix()}`, customerVisible: true })).json();
    await admin.delete(`/api/v1/file-types/${type.id}`);
    const customer = await createCustomer(admin);
    const assetId = await insertAsset(t.app, customer.id);
    const upload = await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: type.id, content: 'x' });
    expect(upload.statusCode).toBe(422);
    expect(upload.json().error.code).toBe('invalid_reference');
  });

  it('validates input and refuses duplicate names (case-insensitive)', async () => {
    expect((await admin.post('/api/v1/file-types', { name: 'X' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/file-types', { name: '', customerVisible: true })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/file-types', { name: 'X', customerVisible: 'yes' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/file-types', { name: 'X', customerVisible: true, colour: 'red' })).statusCode).toBe(400);
    const duplicate = await admin.post('/api/v1/file-types', { name: 'report', customerVisible: true });
    expect(duplicate.statusCode).toBe(409);
    const photo = (await admin.get('/api/v1/file-types?q=Photo')).json().items[0];
    expect((await admin.patch(`/api/v1/file-types/${photo.id}`, { name: 'Drawing' })).statusCode).toBe(409);
    expect((await admin.patch(`/api/v1/file-types/${photo.id}`, { name: 'Photo' })).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/file-types/${MISSING}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/v1/file-types/${MISSING}`, { name: 'Y' })).statusCode).toBe(404);
  });

  it('pages through the list by name with a cursor', async () => {
    const tag = uniqueSuffix();
    for (let i = 0; i < 5; i++) await admin.post('/api/v1/file-types', { name: `${tag} type ${i}`, customerVisible: i % 2 === 0 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/file-types?q=${tag}&limit=2&sort=-name${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      seen.push(...page.items.map((i: { name: string }) => i.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([4, 3, 2, 1, 0].map((i) => `${tag} type ${i}`));
  });

  it('lets every staff role read but only admins manage file types', async () => {
    for (const role of ['coordinator', 'technician'] as const) {
      const session = (await staffSession(t.app, role)).session;
      const list = await session.get('/api/v1/file-types');
      expect(list.statusCode).toBe(200);
      const someType = list.json().items[0];
      expect((await session.get(`/api/v1/file-types/${someType.id}`)).statusCode).toBe(200);
      expect((await session.post('/api/v1/file-types', { name: 'Nope', customerVisible: true })).statusCode).toBe(403);
      expect((await session.patch(`/api/v1/file-types/${someType.id}`, { name: 'Nope' })).statusCode).toBe(403);
      expect((await session.delete(`/api/v1/file-types/${someType.id}`)).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/file-types' })).statusCode).toBe(401);
  });
});
