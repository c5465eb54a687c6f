import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

describe('file types for portal users', () => {
  it('lists and reads only customer-visible types; non-customer types do not exist for them', async () => {
    const customer = await createCustomer(admin);
    const hiddenType = (await admin.post('/api/v1/file-types', { name: `Costing ${uniqueSuffix()}`, customerVisible: false })).json();
    const shownType = (await admin.post('/api/v1/file-types', { name: `Manual ${uniqueSuffix()}`, customerVisible: true })).json();
    const { session } = await createPortalUser(t.app, { customerId: customer.id, capabilities: { uploadFiles: true } });

    const listed = (await session.get('/api/v1/file-types?limit=200&includeArchived=true')).json().items as { id: string; name: string; customerVisible: boolean }[];
    expect(listed.every((type) => type.customerVisible)).toBe(true);
    expect(listed.map((type) => type.name)).toEqual(expect.arrayContaining(['Certificate', 'Report', 'Photo', shownType.name]));
    expect(listed.map((type) => type.name)).not.toContain('Internal');
    expect(listed.map((type) => type.id)).not.toContain(hiddenType.id);
    expect((await session.get('/api/v1/file-types?customerVisible=false')).json().items).toEqual([]);
    expect((await session.get(`/api/v1/file-types?q=${encodeURIComponent(hiddenType.name)}`)).json().items).toEqual([]);

    expect((await session.get(`/api/v1/file-types/${shownType.id}`)).statusCode).toBe(200);
    const hidden = await session.get(`/api/v1/file-types/${hiddenType.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.message).toBe((await session.get('/api/v1/file-types/0190c7a0-0000-7000-8000-000000000000')).json().error.message);

    // Settings stay with the back office's admins.
    expect((await session.post('/api/v1/file-types', { name: `Mine ${uniqueSuffix()}`, customerVisible: true })).statusCode).toBe(403);
    expect((await session.patch(`/api/v1/file-types/${shownType.id}`, { name: 'Renamed' })).statusCode).toBe(403);
    expect((await session.patch(`/api/v1/file-types/${hiddenType.id}`, { customerVisible: true })).statusCode).toBe(404);
    expect((await session.delete(`/api/v1/file-types/${shownType.id}`)).statusCode).toBe(403);
  });
});
