import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, staffSession } from '../../../test/factories.js';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.js';
import { chooseEncoding, COMPRESS_MIN_BYTES } from './compress-json.js';

describe('JSON compression (issue #12)', () => {
  let t: TestApp;
  let admin: Session;
  const list = '/api/v1/customers?limit=100';
  beforeAll(async () => {
    t = await buildTestApp();
    admin = (await staffSession(t.app, 'admin')).session;
    for (let i = 0; i < 25; i++) await createCustomer(admin);
  });
  afterAll(() => t.close());

  const get = (url: string, acceptEncoding?: string) => admin.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends a large list Brotli- or gzip-compressed to clients that ask, and the same JSON as it is to others', async () => {
    const plain = await get(list);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_MIN_BYTES);
    expect(plain.json().items.length).toBeGreaterThanOrEqual(25);

    const br = await get(list, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gzip = await get(list, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
  });

  it('leaves small answers and refused encodings alone', async () => {
    const health = await get('/api/v1/health', 'br');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toMatchObject({ status: expect.any(String) });
    const refused = await get(list, 'br;q=0, gzip;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.json().items.length).toBeGreaterThanOrEqual(25);
  });
});

describe('choosing the encoding', () => {
  it('prefers Brotli, honours q-values and the wildcard, and offers nothing unknown', () => {
    expect(chooseEncoding('gzip, br')).toBe('br');
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('deflate, identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});
