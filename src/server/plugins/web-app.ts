import path from 'node:path';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { NotFoundError } from './errors.js';

/**
 * Serves the built React app. Any GET outside /api that is not a file answers with index.html, so
 * deep links (/portal/assets/…, /activate?token=…) load the app, which routes on the client.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexHtml = fs.readFileSync(path.join(distDir, 'index.html'));
  // preCompressed: the build writes .br and .gz copies (vite.config.ts); they go to browsers that accept them.
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false, cacheControl: false, preCompressed: true });
  app.addHook('onSend', async (request, reply, payload) => {
    // Hashed asset files never change; index.html must always be revalidated.
    if (request.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    return payload;
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) throw new NotFoundError();
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  });
}
