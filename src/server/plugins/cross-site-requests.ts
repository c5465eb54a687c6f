import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError } from './errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Origins a browser page of Portico itself can have: the public URL's, and the one the request was addressed to. */
function isOwnOrigin(request: FastifyRequest, origin: string, publicOrigin: string): boolean {
  if (origin === publicOrigin) return true;
  const host = request.headers.host;
  return host !== undefined && origin === `${request.protocol}://${host}`;
}

/**
 * Refuses state-changing API requests that a browser says come from another site, whatever their content
 * type: SameSite=Lax cookies already keep most of them out, this also covers old browsers, multipart
 * uploads and body-less POSTs. Browsers send Sec-Fetch-Site and Origin on every such request; clients
 * without a browser send neither and are unaffected, and API tokens (Authorization header) cannot be
 * forged by another site anyway.
 */
export function refuseCrossSiteRequests(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/') || request.headers.authorization !== undefined) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const ownOrigin = origin !== undefined && isOwnOrigin(request, origin, publicOrigin);
    const crossSite = site === 'cross-site' || (site === 'same-site' && !ownOrigin) || (origin !== undefined && !ownOrigin);
    if (crossSite) throw new ForbiddenError('Requests from other sites are refused.', 'cross_site_request');
  });
}
