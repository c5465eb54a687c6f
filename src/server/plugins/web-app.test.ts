import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web-app.js';

/** Issue #12: 1.37 MB of JS and CSS was served uncompressed. The build writes .br/.gz copies; they are sent when accepted. */
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-web-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
fs.writeFileSync(path.join(dist, 'assets/app-1234.js'), script);
fs.writeFileSync(path.join(dist, 'assets/app-1234.js.br'), zlib.brotliCompressSync(script));
fs.writeFileSync(path.join(dist, 'assets/app-1234.js.gz'), zlib.gzipSync(script));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('the web app', () => {
  it('sends the Brotli or gzip copy of an asset to browsers that accept it, the plain file to others', async () => {
    const app = Fastify();
    await registerWebApp(app, dist);
    const br = await app.inject({ method: 'GET', url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzip = await app.inject({ method: 'GET', url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    // Deep links still get the app.
    expect((await app.inject({ method: 'GET', url: '/portal/assets/123' })).body).toContain('id="root"');
    await app.close();
  });
});
