import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsset } from '../../../../test/factories-assets.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { insertSite } from '../../../../test/factories-files.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { pdfText } from '../../../../test/pdf-text.js';
import { assetLabelUrl } from './asset-labels.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const MISSING = '0190c7a0-0000-7000-8000-000000000000';

async function labelWorld() {
  const customer = await createCustomer(admin);
  const seen = await insertSite(t.app, customer.id);
  const hidden = await insertSite(t.app, customer.id);
  const pump = await createAsset(admin, { customerId: customer.id, siteId: seen, name: 'Pump P-7', serialNumber: 'SN-7001' });
  const chiller = await createAsset(admin, { customerId: customer.id, siteId: seen, name: 'Chiller C-2' });
  const retired = await createAsset(admin, { customerId: customer.id, siteId: seen, name: 'Retired R-1' });
  expect((await admin.delete(`/api/v1/assets/${retired.id}`)).statusCode).toBe(204);
  const elsewhere = await createAsset(admin, { customerId: customer.id, siteId: hidden, name: 'Boiler B-9' });
  const portal = await createPortalUser(t.app, { customerId: customer.id, modes: { assets: 'all_in_scope' }, sites: [{ siteId: seen, level: 'read' }] });
  return { customer, seen, hidden, pump, chiller, elsewhere, portal };
}

async function labels(session: Session, query: string): Promise<{ status: number; text: string; body: string }> {
  const response = await session.get(`/api/v1/asset-labels?${query}`);
  if (response.statusCode !== 200) return { status: response.statusCode, text: '', body: response.body };
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  return { status: 200, text: pdfText(response.rawPayload), body: '' };
}

describe('QR asset labels', () => {
  it('prints the visible, unarchived assets of a site by name, or the chosen ones in the order given', async () => {
    const w = await labelWorld();
    const site = await labels(admin, `siteId=${w.seen}`);
    expect(site.status).toBe(200);
    expect(site.text.indexOf('Chiller C-2')).toBeGreaterThanOrEqual(0);
    expect(site.text.indexOf('Chiller C-2')).toBeLessThan(site.text.indexOf('Pump P-7'));
    expect(site.text).toContain('S/N SN-7001');
    expect(site.text).not.toContain('Retired R-1');
    expect(site.text).not.toContain('Boiler B-9');

    const chosen = await labels(admin, `assetIds=${w.pump.id},${w.elsewhere.id}`);
    expect(chosen.text.indexOf('Pump P-7')).toBeLessThan(chosen.text.indexOf('Boiler B-9'));
  });

  it('gives a portal user labels only of what they see; anything else is a 404 like a nonexistent record', async () => {
    const w = await labelWorld();
    const own = await labels(w.portal.session, `siteId=${w.seen}`);
    expect(own.status).toBe(200);
    expect(own.text).toContain('Pump P-7');

    const hiddenSite = await labels(w.portal.session, `siteId=${w.hidden}`);
    const missingSite = await labels(w.portal.session, `siteId=${MISSING}`);
    expect(hiddenSite.status).toBe(404);
    expect(JSON.parse(hiddenSite.body).error.message).toBe(JSON.parse(missingSite.body).error.message);

    const hiddenAsset = await labels(w.portal.session, `assetIds=${w.pump.id},${w.elsewhere.id}`);
    const missingAsset = await labels(w.portal.session, `assetIds=${w.pump.id},${MISSING}`);
    expect(hiddenAsset.status).toBe(404);
    expect(JSON.parse(hiddenAsset.body).error.message).toBe(JSON.parse(missingAsset.body).error.message);

    const stranger = await createPortalUser(t.app, { customerId: (await createCustomer(admin)).id, modes: { assets: 'all_in_scope' } });
    expect((await labels(stranger.session, `assetIds=${w.pump.id}`)).status).toBe(404);
  });

  it('asks for a site or assets, and links each label by asset id only', async () => {
    expect((await labels(admin, '')).status).toBe(400);
    expect((await labels(admin, 'assetIds=not-an-id')).status).toBe(400);
    const url = assetLabelUrl('https://portal.example.com', MISSING);
    expect(url).toBe(`https://portal.example.com/a/${MISSING}`);
  });
});
