/**
 * One generated request, kept as data (path values, query pairs, body) until it is sent, so the malformed
 * variants can break any part of it and a failure can print exactly what was sent.
 */
import type { InjectOptions } from 'fastify';
import type { Operation } from './operations.js';

/** One part of a multipart/form-data body: a field, or a file when it has a filename. */
export interface FormPart {
  name: string;
  value: string;
  filename?: string;
  contentType?: string;
}

export type FuzzBody = { json: unknown } | { raw: string; contentType: string } | { parts: FormPart[] };

const BOUNDARY = 'portico-fuzz-boundary';

/** The parts as a browser's FormData would send them. */
function multipartPayload(parts: FormPart[]): string {
  const quote = (text: string) => text.replace(/["\r\n]/g, (c) => encodeURIComponent(c));
  const encoded = parts.map((part) => {
    const disposition = `form-data; name="${quote(part.name)}"${part.filename === undefined ? '' : `; filename="${quote(part.filename)}"`}`;
    const type = part.filename === undefined ? '' : `\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}`;
    return `--${BOUNDARY}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n${part.value}\r\n`;
  });
  return `${encoded.join('')}--${BOUNDARY}--\r\n`;
}

export interface FuzzRequest {
  pathValues: Record<string, string>;
  query: [string, string][];
  body?: FuzzBody;
  headers: Record<string, string>;
  /** Raw text appended to the path as is, not percent-encoded: how a broken URL is sent. */
  pathSuffix?: string;
  /** Which variant made it ("valid", "control-char", "forged-cursor", …): the counts and failures say. */
  variant: string;
}

/** A query-string value as a client would write it; arrays repeat the parameter. */
export function queryPairs(name: string, value: unknown): [string, string][] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => queryPairs(name, item));
  if (value !== null && typeof value === 'object') return [[name, JSON.stringify(value)]];
  return [[name, String(value)]];
}

/** Percent-encodes; a lone surrogate cannot travel in a URL, so it becomes U+FFFD as any client would send it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const encode = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'));

export function urlOf(operation: Operation, request: FuzzRequest): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(request.pathValues[name] ?? '')) + (request.pathSuffix ?? '');
  const query = request.query.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  return query ? `${path}?${query}` : path;
}

export function injectOptions(operation: Operation, request: FuzzRequest, cookie: string | undefined): InjectOptions {
  const headers: Record<string, string> = { ...request.headers };
  if (cookie && !headers.cookie) headers.cookie = cookie;
  let payload: string | undefined;
  if (request.body && 'raw' in request.body) {
    payload = request.body.raw;
    headers['content-type'] = request.body.contentType;
  } else if (request.body && 'parts' in request.body) {
    payload = multipartPayload(request.body.parts);
    headers['content-type'] = `multipart/form-data; boundary=${BOUNDARY}`;
  } else if (request.body) {
    payload = JSON.stringify(request.body.json);
    headers['content-type'] = 'application/json';
  }
  return { method: operation.method.toUpperCase() as InjectOptions['method'], url: urlOf(operation, request), headers, ...(payload === undefined ? {} : { payload }) };
}

/** What a failure report shows of a request: enough to resend it by hand, long values shortened. */
export function describeRequest(operation: Operation, request: FuzzRequest): string {
  const shorten = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);
  const body = !request.body
    ? ''
    : 'raw' in request.body
      ? `${request.body.contentType} ${request.body.raw}`
      : 'parts' in request.body
        ? `multipart ${JSON.stringify(request.body.parts)}`
        : JSON.stringify(request.body.json);
  const headers = Object.keys(request.headers).length ? ` headers ${JSON.stringify(request.headers)}` : '';
  return shorten(`${request.variant}: ${operation.method.toUpperCase()} ${urlOf(operation, request)}${headers} ${body ?? ''}`);
}
