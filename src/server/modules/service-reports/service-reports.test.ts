import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsset, createWorkOrder } from '../../../../test/factories-assets.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { fileTypeId } from '../../../../test/factories-files.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { pdfText } from '../../../../test/pdf-text.js';
import { VERIFICATIONS_PER_IP_PER_MINUTE } from './service-reports.service.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

/** A customer with an asset and a completed work order on it, assigned to a technician. */
async function completedWork(kind: 'calibration' | 'repair' = 'calibration') {
  const customer = await createCustomer(admin, { name: `Helix Labs ${Date.now()}` });
  const asset = await createAsset(admin, { customerId: customer.id, name: 'Balance AB-204', serialNumber: 'SN-88231' });
  const technician = await staffSession(t.app, 'technician');
  const workOrder = await createWorkOrder(admin, { assetId: asset.id, kind, assigneeIds: [technician.user.id] });
  for (const status of ['in_progress', 'completed']) {
    const moved = await admin.patch(`/api/v1/work-orders/${workOrder.id}`, { status });
    expect(moved.statusCode).toBe(200);
  }
  return { customer, asset, workOrder, technician };
}

async function download(session: Session, fileId: string): Promise<Buffer> {
  const response = await session.get(`/api/v1/files/${fileId}/content`);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('application/pdf');
  return response.rawPayload;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('service reports and certificates', () => {
  it('issues a certificate for completed calibration work: a customer-visible PDF whose hash and code verify', async () => {
    const { workOrder, customer } = await completedWork('calibration');
    const signature = await QRCode.toDataURL('signature stand-in', { margin: 1 });
    const issued = await admin.post(`/api/v1/work-orders/${workOrder.id}/reports`, {
      workDone: 'Linearity test passed. <b>Not markup</b> & adjusted.',
      parts: [{ description: 'Calibration weight 200 g', quantity: 1 }],
      signature: { name: 'Dana Whitfield', image: signature },
    });
    expect(issued.statusCode).toBe(201);
    const body = issued.json();
    expect(body).toMatchObject({ kind: 'calibration_certificate', workOrderId: workOrder.id, file: { resourceType: 'work_order', resourceId: workOrder.id, customerId: customer.id, customerVisible: true, contentType: 'application/pdf', fileTypeName: 'Certificate' } });
    expect(body.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const pdf = await download(admin, body.file.id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(pdf)).toBe(body.sha256);
    const text = pdfText(pdf);
    expect(text).toContain('Calibration certificate');
    expect(text).toContain(workOrder.number);
    expect(text).toContain(customer.name);
    expect(text).toContain('SN-88231');
    // User text is drawn as text, never interpreted.
    expect(text).toContain('<b>Not markup</b> & adjusted.');
    expect(text).toContain('Calibration weight 200 g');
    expect(text).toContain('Signed by: Dana Whitfield');
    expect(text).toContain(body.verificationCode);

    const anonymous = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: '198.51.100.7' });
    const byCode = await anonymous(`/api/v1/verify/${body.verificationCode.toLowerCase().replaceAll('-', '')}`);
    expect(byCode.statusCode).toBe(200);
    expect(byCode.json()).toEqual({ issued: true, verificationCode: body.verificationCode, sha256: body.sha256, issuedAt: body.issuedAt });
    expect((await anonymous(`/api/v1/verify/${body.sha256}`)).json().verificationCode).toBe(body.verificationCode);

    const listed = await admin.get(`/api/v1/work-orders/${workOrder.id}/reports`);
    expect(listed.json().items.map((item: { id: string }) => item.id)).toEqual([body.id]);
  });

  it('answers 404 for unknown codes and hashes, and limits guessing per address', async () => {
    const ask = (code: string) => t.app.inject({ method: 'GET', url: `/api/v1/verify/${code}`, remoteAddress: '203.0.113.9' });
    expect((await ask('ABCD-EFGH-JKMN')).statusCode).toBe(404);
    expect((await ask('0'.repeat(64))).statusCode).toBe(404);
    expect((await ask('not a code')).statusCode).toBe(404);
    for (let i = 3; i < VERIFICATIONS_PER_IP_PER_MINUTE; i += 1) await ask('ABCD-EFGH-JKMN');
    const limited = await ask('ABCD-EFGH-JKMN');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    // Another address is not affected.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/verify/ABCD-EFGH-JKMN', remoteAddress: '203.0.113.10' })).statusCode).toBe(404);
  });

  it('issues only for completed work, refuses bad signatures and non-customer file types', async () => {
    const customer = await createCustomer(admin);
    const asset = await createAsset(admin, { customerId: customer.id });
    const open = await createWorkOrder(admin, { assetId: asset.id });
    const refused = await admin.post(`/api/v1/work-orders/${open.id}/reports`, { workDone: 'Nothing yet' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('work_order_not_completed');

    const { workOrder } = await completedWork('repair');
    const notPng = `data:image/png;base64,${Buffer.from('GIF89a definitely not a png image at all').toString('base64')}`;
    const badSignature = await admin.post(`/api/v1/work-orders/${workOrder.id}/reports`, { workDone: 'Fixed', signature: { name: 'X', image: notPng } });
    expect(badSignature.statusCode).toBe(422);
    const internal = await admin.post(`/api/v1/work-orders/${workOrder.id}/reports`, { workDone: 'Fixed', fileTypeId: await fileTypeId(t.app, 'Internal') });
    expect(internal.statusCode).toBe(422);

    const report = await admin.post(`/api/v1/work-orders/${workOrder.id}/reports`, { workDone: 'Replaced the seal.', language: 'de' });
    expect(report.statusCode).toBe(201);
    expect(report.json()).toMatchObject({ kind: 'service_report', file: { fileTypeName: 'Report' } });
    const text = pdfText(await download(admin, report.json().file.id));
    expect(text).toContain('Servicebericht');
    expect(text).toContain('Nicht vom Kunden unterschrieben.');
  });

  it('lets the customer read its reports, never another customer, and only staff issue them', async () => {
    const { workOrder, customer } = await completedWork('repair');
    const issued = (await admin.post(`/api/v1/work-orders/${workOrder.id}/reports`, { workDone: 'Replaced the pump.' })).json();
    const own = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets' } });
    const listed = await own.session.get(`/api/v1/work-orders/${workOrder.id}/reports`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((item: { verificationCode: string }) => item.verificationCode)).toEqual([issued.verificationCode]);
    expect(sha256(await download(own.session, issued.file.id))).toBe(issued.sha256);
    expect((await own.session.post(`/api/v1/work-orders/${workOrder.id}/reports`, { workDone: 'Forged' })).statusCode).toBe(403);

    const stranger = await createPortalUser(t.app, { customerId: (await createCustomer(admin)).id, modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets' } });
    const missing = await stranger.session.get('/api/v1/work-orders/0190c7a0-0000-7000-8000-000000000000/reports');
    const invisible = await stranger.session.get(`/api/v1/work-orders/${workOrder.id}/reports`);
    expect(invisible.statusCode).toBe(404);
    expect({ ...invisible.json().error, requestId: null }).toEqual({ ...missing.json().error, requestId: null });
    expect((await stranger.session.post(`/api/v1/work-orders/${workOrder.id}/reports`, { workDone: 'Forged' })).statusCode).toBe(404);
    expect((await stranger.session.get(`/api/v1/files/${issued.file.id}/content`)).statusCode).toBe(404);
  });

  it("lists an asset's reports and certificates, from the work on it and under it, for its passport", async () => {
    const customer = await createCustomer(admin);
    const parent = await createAsset(admin, { customerId: customer.id, name: 'Line 3' });
    const child = await createAsset(admin, { customerId: customer.id, parentId: parent.id, name: 'Filler F-2' });
    const sibling = await createAsset(admin, { customerId: customer.id, name: 'Line 4' });
    const issueOn = async (assetId: string) => {
      const workOrder = await createWorkOrder(admin, { assetId, kind: 'inspection' });
      for (const status of ['in_progress', 'completed']) await admin.patch(`/api/v1/work-orders/${workOrder.id}`, { status });
      return (await admin.post(`/api/v1/work-orders/${workOrder.id}/reports`, { workDone: 'Inspected.' })).json();
    };
    const onChild = await issueOn(child.id);
    const onParent = await issueOn(parent.id);
    await issueOn(sibling.id);
    const codes = (response: { json(): { items: { verificationCode: string }[] } }) => response.json().items.map((item) => item.verificationCode);

    expect(codes(await admin.get(`/api/v1/assets/${parent.id}/documents`)).sort()).toEqual([onChild.verificationCode, onParent.verificationCode].sort());
    expect(codes(await admin.get(`/api/v1/assets/${child.id}/documents`))).toEqual([onChild.verificationCode]);

    const own = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets' } });
    expect(codes(await own.session.get(`/api/v1/assets/${child.id}/documents`))).toEqual([onChild.verificationCode]);
    const stranger = await createPortalUser(t.app, { customerId: (await createCustomer(admin)).id, modes: { assets: 'all_in_scope' } });
    expect((await stranger.session.get(`/api/v1/assets/${child.id}/documents`)).statusCode).toBe(404);
  });
});
