import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { fileTypeId, insertAsset, insertDocument, insertSite, uploadFile } from '../../../../test/factories-files.js';
import { createTicket, ticketTypeId } from '../../../../test/factories-tickets.js';
import type { Capabilities } from '../access/access-config.js';

let t: TestApp;
let admin: Session;
let photoType: string;
let reportType: string;
let internalType: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
  photoType = await fileTypeId(t.app, 'Photo');
  reportType = await fileTypeId(t.app, 'Report');
  internalType = await fileTypeId(t.app, 'Internal');
});
afterAll(() => t.close());

const MISSING = '0190c7a0-0000-7000-8000-000000000000';
const ids = (response: { json(): { items: { id: string }[] } }) => response.json().items.map((i) => i.id);

/** A customer with a write site, a read site and a site out of scope, each with an asset, and a portal user. */
async function fileWorld(capabilities: Partial<Capabilities>) {
  const customer = await createCustomer(admin);
  const other = await createCustomer(admin);
  const writeSite = await insertSite(t.app, customer.id);
  const readSite = await insertSite(t.app, customer.id);
  const hiddenSite = await insertSite(t.app, customer.id);
  const assets = {
    onWrite: await insertAsset(t.app, customer.id, writeSite),
    onRead: await insertAsset(t.app, customer.id, readSite),
    onHidden: await insertAsset(t.app, customer.id, hiddenSite),
    foreign: await insertAsset(t.app, other.id),
  };
  const portal = await createPortalUser(t.app, {
    customerId: customer.id,
    modes: { assets: 'all_in_scope' },
    sites: [
      { siteId: writeSite, level: 'write' },
      { siteId: readSite, level: 'read' },
    ],
    capabilities,
  });
  return { customer, other, writeSite, readSite, hiddenSite, assets, portal, session: portal.session };
}

describe('portal uploads', () => {
  it('uploads customer-visible types to visible records on writable sites', async () => {
    const serviceRequest = await ticketTypeId(admin, 'service_request');
    const w = await fileWorld({ uploadFiles: true, createTickets: true, ticketTypeIds: [serviceRequest] });
    const bytes = randomBytes(2000);
    const upload = await uploadFile(w.session, { resourceType: 'asset', resourceId: w.assets.onWrite, fileTypeId: photoType, content: bytes, filename: 'broken.jpg', contentType: 'image/jpeg' });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({ resourceId: w.assets.onWrite, customerId: w.customer.id, fileTypeName: 'Photo', customerVisible: true, uploadedByUserId: w.portal.userId });
    expect(ids(await w.session.get(`/api/v1/files?resourceType=asset&resourceId=${w.assets.onWrite}`))).toEqual([upload.json().id]);
    const download = await w.session.get(`/api/v1/files/${upload.json().id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);

    // A ticket the user raised on a writable site takes attachments too.
    const ticket = (await w.session.post('/api/v1/tickets', { typeId: serviceRequest, siteId: w.writeSite, title: 'Cracked lens' })).json();
    expect((await uploadFile(w.session, { resourceType: 'ticket', resourceId: ticket.id, fileTypeId: photoType, content: 'x' })).statusCode).toBe(201);
  });

  it('refuses internal file types (422), read-only sites (403) and invisible records (404)', async () => {
    const w = await fileWorld({ uploadFiles: true });
    const upload = (resourceType: string, resourceId: string, typeId = photoType) => uploadFile(w.session, { resourceType, resourceId, fileTypeId: typeId, content: 'x' });

    const internal = await upload('asset', w.assets.onWrite, internalType);
    expect(internal.statusCode).toBe(422);
    expect(internal.json().error.message).toBe((await upload('asset', w.assets.onWrite, MISSING)).json().error.message);

    const readOnly = await upload('asset', w.assets.onRead);
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.json().error.code).toBe('site_read_only');
    // The customer record has no site: not writable for a user narrowed to sites.
    expect((await upload('customer', w.customer.id)).json().error.code).toBe('site_read_only');

    const missing = await upload('asset', MISSING);
    for (const [type, id] of [['asset', w.assets.onHidden], ['asset', w.assets.foreign], ['customer', w.other.id], ['site', w.hiddenSite], ['document', await insertDocument(t.app)]] as const) {
      const response = await upload(type, id);
      expect(response.statusCode, `${type} ${id}`).toBe(404);
      expect(response.json().error.message).toBe(missing.json().error.message);
    }
    const rows = await t.app.ctx.db.selectFrom('files').select('id').where('uploaded_by_user_id', '=', w.portal.userId).execute();
    expect(rows).toEqual([]);
  });

  it('refuses users without the capability, customers without the files area, and archiving', async () => {
    const w = await fileWorld({ uploadFiles: false });
    const refused = await uploadFile(w.session, { resourceType: 'asset', resourceId: w.assets.onWrite, fileTypeId: photoType, content: 'x' });
    expect(refused.statusCode).toBe(403);

    const uploader = await createPortalUser(t.app, { customerId: w.customer.id, modes: { assets: 'all_in_scope' }, capabilities: { uploadFiles: true } });
    const ok = await uploadFile(uploader.session, { resourceType: 'asset', resourceId: w.assets.onHidden, fileTypeId: photoType, content: 'x' });
    expect(ok.statusCode).toBe(201);
    expect((await uploader.session.delete(`/api/v1/files/${ok.json().id}`)).statusCode).toBe(403);

    await admin.patch(`/api/v1/customers/${w.customer.id}`, { portalAreas: ['assets', 'tickets'] });
    const areaOff = await uploadFile(uploader.session, { resourceType: 'asset', resourceId: w.assets.onHidden, fileTypeId: photoType, content: 'x' });
    expect(areaOff.statusCode).toBe(403);
    expect(areaOff.json().error.code).toBe('area_disabled');
  });
});

describe('portal downloads', () => {
  it('never shows a file of an internal type or of an invisible record, through any door', async () => {
    const w = await fileWorld({ uploadFiles: false });
    const staffUpload = async (resourceType: string, resourceId: string, typeId: string) => {
      const response = await uploadFile(admin, { resourceType, resourceId, fileTypeId: typeId, content: randomBytes(100) });
      expect(response.statusCode).toBe(201);
      return response.json().id as string;
    };
    const visible = await staffUpload('asset', w.assets.onRead, reportType);
    const hidden = [
      await staffUpload('asset', w.assets.onWrite, internalType),
      await staffUpload('asset', w.assets.onHidden, reportType),
      await staffUpload('asset', w.assets.foreign, reportType),
      await staffUpload('ticket', (await createTicket(admin, w.customer.id, { siteId: w.writeSite })).id, reportType),
      await staffUpload('document', await insertDocument(t.app), reportType),
    ];

    expect(ids(await w.session.get('/api/v1/files?limit=200'))).toEqual([visible]);
    expect(ids(await w.session.get('/api/v1/files?includeArchived=true&limit=200'))).toEqual([visible]);
    expect((await w.session.get(`/api/v1/files/${visible}`)).statusCode).toBe(200);
    expect((await w.session.get(`/api/v1/files/${visible}/content`)).statusCode).toBe(200);
    const notFound = (await w.session.get(`/api/v1/files/${MISSING}`)).json().error.message;
    for (const id of hidden) {
      for (const url of [`/api/v1/files/${id}`, `/api/v1/files/${id}/content`]) {
        const response = await w.session.get(url);
        expect(response.statusCode, url).toBe(404);
        expect(response.json().error.message).toBe(notFound);
      }
    }
    expect(ids(await w.session.get(`/api/v1/files?resourceType=asset&resourceId=${w.assets.onWrite}`))).toEqual([]);
    expect(ids(await w.session.get(`/api/v1/files?fileTypeId=${internalType}`))).toEqual([]);
  });
});
