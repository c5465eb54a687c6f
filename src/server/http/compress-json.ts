import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';

/** Below this a JSON body goes out as it is: compressing it saves less than the headers and the CPU cost. */
export const COMPRESS_MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Brotli quality 4 compresses JSON smaller than gzip at about gzip's speed; the default (11) is meant for
 * files compressed once at build time, and takes many times longer per response.
 */
const BROTLI_QUALITY = 4;

type Encoding = 'br' | 'gzip';

/** The client's preferred encoding among those we offer, honouring q-values (`br;q=0` refuses Brotli). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((name) => weight(name) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best ?? null;
}

/**
 * Compresses JSON responses (API lists, exports as JSON) with Brotli or gzip when the client accepts it.
 * Static files are left alone: the build writes compressed copies of them (web-app.ts).
 */
export function registerJsonCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
    if (reply.hasHeader('content-encoding') || Buffer.byteLength(payload) < COMPRESS_MIN_BYTES) return payload;
    // Caches must keep the compressed and the plain answer apart, whichever this client gets.
    reply.header('vary', 'accept-encoding');
    const encoding = request.method === 'HEAD' ? null : chooseEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const compressed =
      encoding === 'br'
        ? await brotli(payload, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(payload) } })
        : await gzip(payload);
    reply.header('content-encoding', encoding);
    return compressed;
  });
}
