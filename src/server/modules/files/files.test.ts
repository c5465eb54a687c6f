import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { fileTypeId, insertAsset, insertDocument, insertSite, multipartBody, uploadFile } from '../../../../test/factories-files.js';

let t: TestApp;
let admin: Session;
let adminId: string;
let reportType: string;
beforeAll(async () => {
  // A 1 MiB limit keeps the size test small; every other upload here is far below it.
  t = await buildTestApp({ MAX_UPLOAD_MB: '1' });
  const signedIn = await staffSession(t.app, 'admin');
  admin = signedIn.session;
  adminId = signedIn.user.id;
  reportType = await fileTypeId(t.app, 'Report');
});
afterAll(() => t.close());

const filesDir = (app: TestApp) => path.join(app.database.config.dataDir, 'files');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const MISSING = '0190c7a0-0000-7000-8000-000000000000';

async function newAsset() {
  const customer = await createCustomer(admin);
  const siteId = await insertSite(t.app, customer.id);
  return { customerId: customer.id, siteId, assetId: await insertAsset(t.app, customer.id, siteId) };
}

describe('files', () => {
  it('uploads a file to an asset and downloads the same bytes with safe headers', async () => {
    const { customerId, siteId, assetId } = await newAsset();
    const bytes = randomBytes(5000);
    const upload = await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType, content: bytes, filename: 'report.pdf', contentType: 'application/pdf' });
    expect(upload.statusCode).toBe(201);
    const file = upload.json();
    expect(file).toMatchObject({
      resourceType: 'asset',
      resourceId: assetId,
      customerId,
      fileTypeId: reportType,
      fileTypeName: 'Report',
      customerVisible: true,
      filename: 'report.pdf',
      contentType: 'application/pdf',
      sizeBytes: 5000,
      sha256: sha256(bytes),
      uploadedByUserId: adminId,
      archivedAt: null,
    });
    const row = await t.app.ctx.db.selectFrom('files').select('site_id').where('id', '=', file.id).executeTakeFirstOrThrow();
    expect(row.site_id).toBe(siteId);
    expect((await admin.get(`/api/v1/files/${file.id}`)).json()).toEqual(file);

    const download = await admin.get(`/api/v1/files/${file.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe('5000');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const audit = await t.app.ctx.db.selectFrom('audit_events').select(['action', 'customer_id']).where('resource_id', '=', file.id).execute();
    expect(audit).toEqual([{ action: 'file.create', customer_id: customerId }]);
  });

  it('stores the same content once: two uploads, two rows, one blob', async () => {
    const { assetId } = await newAsset();
    const bytes = Buffer.from(`same content ${uniqueSuffix()}`);
    const first = (await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType, content: bytes, filename: 'a.txt' })).json();
    const second = (await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType, content: bytes, filename: 'b.txt' })).json();
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    const hash = sha256(bytes);
    expect(fs.readdirSync(path.join(filesDir(t), hash.slice(0, 2))).filter((name) => name === hash)).toHaveLength(1);
    expect(fs.readFileSync(path.join(filesDir(t), hash.slice(0, 2), hash)).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(filesDir(t), 'tmp'))).toEqual([]);
    const listed = (await admin.get(`/api/v1/files?resourceType=asset&resourceId=${assetId}`)).json().items;
    expect(listed.map((f: { filename: string }) => f.filename)).toEqual(['b.txt', 'a.txt']);
  });

  it('refuses an upload over MAX_UPLOAD_MB with 413 and stores nothing', async () => {
    const { assetId } = await newAsset();
    const photoType = await fileTypeId(t.app, 'Photo');
    const big = Buffer.alloc(1024 * 1024 + 1, 7);
    const tooBig = await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: photoType, content: big });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('payload_too_large');
    expect(await t.app.ctx.db.selectFrom('files').select('id').where('resource_id', '=', assetId).execute()).toEqual([]);
    const hash = sha256(big);
    expect(fs.existsSync(path.join(filesDir(t), hash.slice(0, 2), hash))).toBe(false);
    expect(fs.readdirSync(path.join(filesDir(t), 'tmp'))).toEqual([]);
    const exact = await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: photoType, content: Buffer.alloc(1024 * 1024, 7) });
    expect(exact.statusCode).toBe(201);
    expect(exact.json().sizeBytes).toBe(1024 * 1024);
  });

  it('serves active content (HTML, SVG) as application/octet-stream', async () => {
    const { assetId } = await newAsset();
    for (const [filename, contentType] of [['page.html', 'text/html'], ['logo.svg', 'image/svg+xml'], ['app.js', 'text/javascript']] as const) {
      const file = (await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType, content: '<script>alert(1)</script>', filename, contentType })).json();
      expect(file.contentType).toBe(contentType);
      const download = await admin.get(`/api/v1/files/${file.id}/content`);
      expect(download.headers['content-type']).toBe('application/octet-stream');
      expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    }
  });

  it('keeps a unicode filename exactly and sends it as RFC 6266 filename* with an ASCII fallback', async () => {
    const { assetId } = await newAsset();
    const filename = 'Prüfbericht – Kessel №1 (Übersicht).pdf';
    const file = (await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType, content: 'pdf', filename })).json();
    expect(file.filename).toBe(filename);
    const header = (await admin.get(`/api/v1/files/${file.id}/content`)).headers['content-disposition'] as string;
    expect(header).toBe(`attachment; filename="Pr_fbericht _ Kessel _1 (_bersicht).pdf"; filename*=UTF-8''Pr%C3%BCfbericht%20%E2%80%93%20Kessel%20%E2%84%961%20%28%C3%9Cbersicht%29.pdf`);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(filename);
  });

  it('answers 404 for a record that does not exist, 422 for an unusable file type, 400 for bad forms', async () => {
    const { assetId } = await newAsset();
    const missing = await uploadFile(admin, { resourceType: 'work_order', resourceId: MISSING, fileTypeId: reportType, content: 'x' });
    expect(missing.statusCode).toBe(404);
    const wrongType = await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: MISSING, content: 'x' });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().error.code).toBe('invalid_reference');
    const empty = await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType, content: '' });
    expect(empty.statusCode).toBe(400);

    const post = async (fields: Record<string, string>, file?: { content: string }) =>
      (await admin.inject({ method: 'POST', url: '/api/v1/files', ...(await multipartBody(fields, file)) })).statusCode;
    const fields = { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType };
    expect(await post(fields)).toBe(400);
    expect(await post({ ...fields, colour: 'red' }, { content: 'x' })).toBe(400);
    expect(await post({ ...fields, resourceType: 'spaceship' }, { content: 'x' })).toBe(400);
    expect(await admin.post('/api/v1/files', fields).then((r) => r.statusCode)).toBe(415);
    const garbage = await admin.inject({ method: 'POST', url: '/api/v1/files', payload: 'not multipart at all', headers: { 'content-type': 'multipart/form-data; boundary=xyz' } });
    expect(garbage.statusCode).toBe(400);
    const unauthenticated = await t.app.inject({ method: 'POST', url: '/api/v1/files', ...(await multipartBody(fields, { content: 'x' })) });
    expect(unauthenticated.statusCode).toBe(401);
    expect(await t.app.ctx.db.selectFrom('files').select('id').where('resource_id', '=', assetId).execute()).toEqual([]);
  });

  it('lets a technician upload to an asset but not to an internal document', async () => {
    const technician = (await staffSession(t.app, 'technician')).session;
    const { assetId } = await newAsset();
    const upload = await uploadFile(technician, { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType, content: 'tech notes' });
    expect(upload.statusCode).toBe(201);
    const documentId = await insertDocument(t.app);
    const internal = await fileTypeId(t.app, 'Internal');
    expect((await uploadFile(technician, { resourceType: 'document', resourceId: documentId, fileTypeId: internal, content: 'x' })).statusCode).toBe(403);
    const byAdmin = await uploadFile(admin, { resourceType: 'document', resourceId: documentId, fileTypeId: internal, content: 'x' });
    expect(byAdmin.statusCode).toBe(201);
    expect(byAdmin.json()).toMatchObject({ customerId: null, customerVisible: false });
  });

  it('archives a file: no longer listed nor downloadable, still readable as metadata', async () => {
    const { assetId } = await newAsset();
    const file = (await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: reportType, content: 'old' })).json();
    expect((await admin.delete(`/api/v1/files/${file.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/files/${file.id}/content`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/files/${file.id}`)).json().archivedAt).not.toBeNull();
    expect((await admin.get(`/api/v1/files?resourceType=asset&resourceId=${assetId}`)).json().items).toEqual([]);
    const withArchived = (await admin.get(`/api/v1/files?resourceType=asset&resourceId=${assetId}&includeArchived=true`)).json();
    expect(withArchived.items.map((f: { id: string }) => f.id)).toEqual([file.id]);
    expect((await admin.get(`/api/v1/files/${MISSING}/content`)).statusCode).toBe(404);
    expect((await admin.delete(`/api/v1/files/${MISSING}`)).statusCode).toBe(404);
  });

  it('filters by customer, type and filename, sorts, and pages with a cursor', async () => {
    const { customerId, assetId } = await newAsset();
    const photoType = await fileTypeId(t.app, 'Photo');
    const tag = uniqueSuffix();
    for (let i = 0; i < 5; i++) {
      await uploadFile(admin, { resourceType: 'asset', resourceId: assetId, fileTypeId: i < 3 ? photoType : reportType, content: `c${i}`, filename: `${tag}-${i}.jpg` });
    }
    await uploadFile(admin, { resourceType: 'customer', resourceId: customerId, fileTypeId: reportType, content: 'contract', filename: 'contract.pdf' });
    const byCustomer = (await admin.get(`/api/v1/files?customerId=${customerId}`)).json().items;
    expect(byCustomer).toHaveLength(6);
    expect((await admin.get(`/api/v1/files?customerId=${customerId}&fileTypeId=${photoType}`)).json().items).toHaveLength(3);
    expect((await admin.get(`/api/v1/files?resourceType=customer&resourceId=${customerId}`)).json().items[0].filename).toBe('contract.pdf');

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/files?q=${tag}&sort=filename&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.get(url)).json();
      seen.push(...page.items.map((f: { filename: string }) => f.filename));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `${tag}-${i}.jpg`));
    const newest = (await admin.get(`/api/v1/files?customerId=${customerId}&limit=4`)).json();
    const rest = (await admin.get(`/api/v1/files?customerId=${customerId}&limit=4&cursor=${newest.nextCursor}`)).json();
    expect([...newest.items, ...rest.items].map((f: { id: string }) => f.id)).toEqual(byCustomer.map((f: { id: string }) => f.id));
    expect(rest.nextCursor).toBeNull();
    expect((await admin.get('/api/v1/files?sort=size')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/files' })).statusCode).toBe(401);
  });
});
