import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createAsset, createSite } from '../../../../test/factories-assets.js';

/**
 * SPEC §5 SiteOwl "Live Site devices": the agent role adds, edits and archives devices on sites with
 * write access; the technician / view-only roles see them and change nothing. Same endpoints as staff.
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const MISSING = '0190c7a0-0000-7000-8000-000000000000';

async function deviceWorld(capabilities: { manageDevices: boolean }) {
  const customer = await createCustomer(admin);
  const other = await createCustomer(admin);
  const writeSite = await createSite(t.app, customer.id, 'Store 12');
  const readSite = await createSite(t.app, customer.id, 'Store 13');
  const hiddenSite = await createSite(t.app, customer.id, 'Head office');
  const portal = await createPortalUser(t.app, {
    customerId: customer.id,
    modes: { assets: 'all_in_scope' },
    sites: [
      { siteId: writeSite.id, level: 'write' },
      { siteId: readSite.id, level: 'read' },
    ],
    capabilities,
  });
  const onWrite = await createAsset(admin, { customerId: customer.id, siteId: writeSite.id, name: 'Camera 1', internalNotes: 'PoE port 7' });
  const onRead = await createAsset(admin, { customerId: customer.id, siteId: readSite.id, name: 'Camera 2' });
  const onHidden = await createAsset(admin, { customerId: customer.id, siteId: hiddenSite.id, name: 'Camera 3' });
  const foreign = await createAsset(admin, { customerId: other.id, name: 'Foreign camera' });
  return { customer, other, writeSite, readSite, hiddenSite, portal, session: portal.session, onWrite, onRead, onHidden, foreign };
}

describe('portal users with manage-devices (live site agent)', () => {
  it('adds devices on writable sites, never with staff-only fields', async () => {
    const w = await deviceWorld({ manageDevices: true });
    const created = await w.session.post('/api/v1/assets', {
      customerId: w.customer.id,
      siteId: w.writeSite.id,
      parentId: w.onWrite.id,
      name: 'Door sensor',
      serialNumber: 'DS-1',
      customFields: { zone: 'north' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ customerId: w.customer.id, siteId: w.writeSite.id, parentId: w.onWrite.id, name: 'Door sensor', customFields: { zone: 'north' } });
    expect(created.json().internalNotes).toBeUndefined();
    expect((await w.session.get(`/api/v1/assets/${created.json().id}`)).statusCode).toBe(200);

    const post = (body: Record<string, unknown>) => w.session.post('/api/v1/assets', { customerId: w.customer.id, siteId: w.writeSite.id, name: 'Sensor', ...body });
    for (const body of [{ internalNotes: 'mine' }, { internalNotes: null }, { nextDueDate: '2030-01-01' }, { lastServiceDate: '2024-01-01' }]) {
      const response = await post(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
      expect(response.json().error.code).toBe('staff_only_field');
    }
    expect((await post({ siteId: w.readSite.id })).json().error.code).toBe('site_read_only');
    expect((await post({ siteId: null })).json().error.code).toBe('site_read_only');

    // Places outside the user's access are reported like nonexistent ones.
    const hiddenSite = await post({ siteId: w.hiddenSite.id });
    expect(hiddenSite.statusCode).toBe(422);
    expect(hiddenSite.json().error.message).toBe((await post({ siteId: MISSING })).json().error.message);
    for (const parentId of [w.onHidden.id, w.foreign.id]) {
      const response = await post({ parentId });
      expect(response.statusCode, parentId).toBe(422);
      expect(response.json().error.message).toBe((await post({ parentId: MISSING })).json().error.message);
    }
    expect((await post({ customerId: w.other.id, siteId: undefined })).statusCode).toBe(422);

    const rows = await t.app.ctx.db.selectFrom('assets').select('name').where('customer_id', '=', w.customer.id).where('name', '=', 'Sensor').execute();
    expect(rows).toEqual([]);
  });

  it('edits and archives devices on writable sites, keeping what staff wrote', async () => {
    const w = await deviceWorld({ manageDevices: true });
    const edited = await w.session.patch(`/api/v1/assets/${w.onWrite.id}`, { name: 'Camera 1 (lobby)', status: 'in_repair', model: 'X200' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Camera 1 (lobby)', status: 'in_repair', model: 'X200' });
    expect(edited.json().internalNotes).toBeUndefined();
    expect((await admin.get(`/api/v1/assets/${w.onWrite.id}`)).json()).toMatchObject({ name: 'Camera 1 (lobby)', internalNotes: 'PoE port 7' });

    const notes = await w.session.patch(`/api/v1/assets/${w.onWrite.id}`, { internalNotes: 'gone' });
    expect(notes.statusCode).toBe(403);
    expect(notes.json().error.code).toBe('staff_only_field');
    // Moving a device to a read-only site, or editing one there, needs write access there.
    expect((await w.session.patch(`/api/v1/assets/${w.onWrite.id}`, { siteId: w.readSite.id })).json().error.code).toBe('site_read_only');
    expect((await w.session.patch(`/api/v1/assets/${w.onRead.id}`, { name: 'Mine' })).json().error.code).toBe('site_read_only');
    expect((await w.session.delete(`/api/v1/assets/${w.onRead.id}`)).json().error.code).toBe('site_read_only');
    expect((await admin.get(`/api/v1/assets/${w.onWrite.id}`)).json()).toMatchObject({ siteId: w.writeSite.id, internalNotes: 'PoE port 7' });

    // Invisible devices do not exist for the user, whatever the method.
    for (const id of [w.onHidden.id, w.foreign.id]) {
      expect((await w.session.patch(`/api/v1/assets/${id}`, { name: 'Mine' })).statusCode, id).toBe(404);
      expect((await w.session.delete(`/api/v1/assets/${id}`)).statusCode, id).toBe(404);
    }

    expect((await w.session.delete(`/api/v1/assets/${w.onWrite.id}`)).statusCode).toBe(204);
    expect((await w.session.get(`/api/v1/assets/${w.onWrite.id}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/assets/${w.onWrite.id}`)).json().archivedAt).not.toBeNull();
    const audit = await t.app.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('resource_id', '=', w.onWrite.id)
      .where('action', 'in', ['asset.update', 'asset.archive'])
      .execute();
    expect(audit.map((e) => e.action).sort()).toEqual(['asset.archive', 'asset.update']);
    expect(audit.every((e) => e.actor_user_id === w.portal.userId)).toBe(true);
  });

  it('never creates or moves a device out of the user’s own view (granted-only assets)', async () => {
    const customer = await createCustomer(admin);
    const building = await createAsset(admin, { customerId: customer.id, name: 'Building' });
    const panel = await createAsset(admin, { customerId: customer.id, name: 'Panel', parentId: building.id });
    const agent = await createPortalUser(t.app, {
      customerId: customer.id,
      modes: { assets: 'granted_only' },
      capabilities: { manageDevices: true },
      grants: [{ resourceType: 'asset', resourceId: building.id, customerId: customer.id }],
    });
    const under = await agent.session.post('/api/v1/assets', { customerId: customer.id, parentId: panel.id, name: 'Detector' });
    expect(under.statusCode).toBe(201);
    const topLevel = await agent.session.post('/api/v1/assets', { customerId: customer.id, name: 'Loose device' });
    expect(topLevel.statusCode).toBe(403);
    expect(topLevel.json().error.code).toBe('outside_access');
    const detached = await agent.session.patch(`/api/v1/assets/${under.json().id}`, { parentId: null });
    expect(detached.statusCode).toBe(403);
    expect(detached.json().error.code).toBe('outside_access');

    // The refused writes left nothing behind.
    expect((await agent.session.get(`/api/v1/assets/${under.json().id}`)).json().parentId).toBe(panel.id);
    const loose = await t.app.ctx.db.selectFrom('assets').select('id').where('customer_id', '=', customer.id).where('name', '=', 'Loose device').execute();
    expect(loose).toEqual([]);
  });
});

describe('portal users without manage-devices (view only / technician)', () => {
  it('see devices but may not add, edit or archive them; invisible ones stay 404', async () => {
    const w = await deviceWorld({ manageDevices: false });
    expect((await w.session.get(`/api/v1/assets/${w.onWrite.id}`)).statusCode).toBe(200);
    for (const response of [
      await w.session.patch(`/api/v1/assets/${w.onWrite.id}`, { name: 'Mine' }),
      await w.session.delete(`/api/v1/assets/${w.onWrite.id}`),
      await w.session.patch(`/api/v1/assets/${w.onRead.id}`, { name: 'Mine' }),
      await w.session.post('/api/v1/assets', { customerId: w.customer.id, siteId: w.writeSite.id, name: 'Mine' }),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('view_only');
    }
    for (const id of [w.onHidden.id, w.foreign.id, MISSING]) {
      expect((await w.session.patch(`/api/v1/assets/${id}`, { name: 'Mine' })).statusCode, id).toBe(404);
      expect((await w.session.delete(`/api/v1/assets/${id}`)).statusCode, id).toBe(404);
    }
    expect((await admin.get(`/api/v1/assets/${w.onWrite.id}`)).json()).toMatchObject({ name: 'Camera 1', archivedAt: null });
  });
});
