/**
 * Malformed variants of a valid-looking request: each breaks one part of it the way an attacker or a
 * broken client would. A variant is data (kind, which slot, what value) so fast-check can generate it.
 */
import fc from 'fast-check';
import type { FuzzRequest } from './fuzz-request.js';
import { queryPairs } from './fuzz-request.js';
import type { Operation, Schema } from './operations.js';

/** A place a value can go: a path parameter, a query parameter, or a top-level body field. */
interface Slot {
  where: 'path' | 'query' | 'body';
  name: string;
}

function slotsOf(operation: Operation): Slot[] {
  const bodyFields = Object.keys(operation.body?.properties ?? {});
  return [
    ...operation.pathParams.map((p) => ({ where: 'path' as const, name: p.name })),
    ...operation.query.map((p) => ({ where: 'query' as const, name: p.name })),
    ...bodyFields.map((name) => ({ where: 'body' as const, name })),
  ];
}

const CONTROL_CHARS = ['\u0000', '\u0001', '\u0008', '\u001b', '\u001f', '\u007f', '\u0085', '\u2028', '\ufeff', '\ud800', '\udfff', '\r\n', '\t'];

/** Ids that are not UUID-shaped, or are but belong to nothing. */
const BAD_IDS = [
  '1', '-1', '0', 'null', 'undefined', '../../etc/passwd', "' OR '1'='1", '%', 'a'.repeat(300),
  '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '{0190c7a0-0000-7000-8000-000000000000}',
  '0190c7a000007000800000000000000', '0190c7a0-0000-7000-8000-00000000000g', ' 0190c7a0-0000-7000-8000-000000000000',
];

const WRONG_TYPES: unknown[] = [0, -1, 1.5, true, false, null, [], {}, [1, 'a'], { a: 1 }, 'text', '', '[]', '{}', '1e3'];

/** Numbers at the edges: too big for 32/64 bits or a double, negative, fractional, and the text forms of NaN. */
const EDGE_NUMBERS: unknown[] = [
  -1, -0, 0.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER,
  'NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '0x10', ' 7', '7 ', '', '99999999999999999999999', '-0',
];

export type Variant =
  | { kind: 'control-char'; slot: number; char: string; at: number }
  | { kind: 'wrong-type'; slot: number; value: unknown }
  | { kind: 'huge-value'; slot: number; size: number; asNumber: boolean }
  | { kind: 'edge-number'; slot: number; value: unknown }
  | { kind: 'bad-id'; slot: number; value: string }
  | { kind: 'unknown-field'; name: string; value: unknown }
  | { kind: 'missing-required'; slot: number }
  | { kind: 'forged-cursor'; cursor: string }
  | { kind: 'deep-json'; depth: number; inField: boolean; slot: number }
  | { kind: 'raw-body'; raw: string; contentType: string }
  | { kind: 'forged-auth'; header: string; value: string }
  | { kind: 'broken-url'; suffix: string };

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Cursors a client could forge: the real shape with wrong values, other shapes, and plain garbage. */
function forgedCursor(sortKeys: string[]): fc.Arbitrary<string> {
  const sortKey = fc.constantFrom(...sortKeys, 'name', 'id', 'nope', '');
  const v = fc.oneof(fc.constantFrom<unknown>('', '2020-13-45', "' OR 1=1 --", '\u0000', 1e308, -1, 'NaN', null, {}, [], true, 'x'.repeat(900)), fc.string(), fc.double());
  const id = fc.oneof(fc.uuid(), fc.constantFrom<unknown>('', '\u0000', null, 7, 'not-an-id', {}));
  const shaped = fc.record({ s: sortKey, v, id }).map((payload) => base64url(JSON.stringify(payload)));
  const otherJson = fc.jsonValue({ maxDepth: 3 }).map((value) => base64url(JSON.stringify(value)));
  const garbage = fc.oneof(fc.string({ maxLength: 60 }), fc.base64String({ maxLength: 80 }), fc.constantFrom('====', '%', 'eyJ', base64url('{"s":'), 'A'.repeat(1000)));
  return fc.oneof(shaped, otherJson, garbage);
}

const unknownField = fc.record({
  name: fc.oneof(fc.constantFrom('id', 'customerId', 'createdAt', 'isAdmin', 'role', 'constructor', 'prototype', '$where', 'archivedAt'), fc.string({ minLength: 1, maxLength: 12 })),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.uuid()),
});

const rawBodies = fc.oneof(
  fc.record({ raw: fc.constantFrom('{', '{"a":', '[1,', 'nul', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '""', '0', 'null', '[]', '{}{}', '\u0000', ''), contentType: fc.constant('application/json') }),
  fc.record({ raw: fc.string({ maxLength: 40 }), contentType: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=latin1', 'multipart/form-data; boundary=x') }),
  // Just past the 1 MiB body limit: rare, since each one is a megabyte to build and parse.
  fc.constant({ raw: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }), contentType: 'application/json' }),
);

const forgedAuth = fc.oneof(
  fc.record({ header: fc.constant('authorization'), value: fc.oneof(fc.constantFrom('Bearer', 'Bearer ', 'Bearer a b', 'Basic dXNlcjpwYXNz', 'bearer \u0000'), fc.string({ maxLength: 70 }).map((t) => `Bearer ${t}`)) }),
  fc.record({ header: fc.constant('cookie'), value: fc.oneof(fc.string({ maxLength: 70 }).map((t) => `portico_session=${encodeURIComponent(t)}`), fc.string({ maxLength: 70 }).map((t) => `portico_preview=${encodeURIComponent(t)}`)) }),
);

export function variantArbitrary(operation: Operation): fc.Arbitrary<Variant> {
  const slot = fc.nat();
  const sortKeys = operation.query.some((p) => p.name === 'cursor') ? sortNamesOf(operation.query.find((p) => p.name === 'sort')?.schema) : [];
  const variants: fc.WeightedArbitrary<Variant>[] = [
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('control-char' as const), slot, char: fc.constantFrom(...CONTROL_CHARS), at: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('wrong-type' as const), slot, value: fc.constantFrom(...WRONG_TYPES) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-value' as const), slot, size: fc.constantFrom(1001, 10_000, 100_000), asNumber: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('edge-number' as const), slot, value: fc.constantFrom(...EDGE_NUMBERS) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('bad-id' as const), slot, value: fc.oneof(fc.constantFrom(...BAD_IDS), fc.uuid()) }) },
    { weight: 2, arbitrary: unknownField.map((f) => ({ kind: 'unknown-field' as const, ...f })) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('missing-required' as const), slot }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep-json' as const), depth: fc.constantFrom(70, 1000, 20_000), inField: fc.boolean(), slot }) },
    { weight: 1, arbitrary: fc.oneof({ weight: 30, arbitrary: rawBodies.filter((b) => b.raw.length < 1000) }, { weight: 1, arbitrary: rawBodies }).map((b) => ({ kind: 'raw-body' as const, ...b })) },
    { weight: 1, arbitrary: forgedAuth.map((a) => ({ kind: 'forged-auth' as const, ...a })) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%zz', '%C0%AF', '%2F..%2F..', '%00', '%2e%2e', '%ff%fe').map((suffix) => ({ kind: 'broken-url' as const, suffix })) },
  ];
  if (sortKeys.length) variants.push({ weight: 4, arbitrary: forgedCursor(sortKeys).map((cursor) => ({ kind: 'forged-cursor' as const, cursor })) });
  return fc.oneof(...variants);
}

function sortNamesOf(schema: Schema): string[] {
  const names = JSON.stringify(schema ?? {}).match(/"-?[A-Za-z]+"/g) ?? [];
  return [...new Set(names.map((n) => n.replace(/"/g, '').replace(/^-/, '')))].filter((n) => !['type', 'string', 'enum', 'anyOf'].includes(n));
}

/** Puts `value` into the slot; query values are written as text, as a client would. */
function setSlot(request: FuzzRequest, slot: Slot, value: unknown): FuzzRequest {
  if (slot.where === 'path') return { ...request, pathValues: { ...request.pathValues, [slot.name]: typeof value === 'string' ? value : JSON.stringify(value) } };
  if (slot.where === 'query') return { ...request, query: [...request.query.filter(([name]) => name !== slot.name), ...queryPairs(slot.name, value)] };
  const json = request.body && 'json' in request.body && isObject(request.body.json) ? request.body.json : {};
  return { ...request, body: { json: { ...json, [slot.name]: value } } };
}

function currentText(request: FuzzRequest, slot: Slot): string {
  if (slot.where === 'path') return request.pathValues[slot.name] ?? '';
  if (slot.where === 'query') return request.query.find(([name]) => name === slot.name)?.[1] ?? '';
  const value = request.body && 'json' in request.body && isObject(request.body.json) ? request.body.json[slot.name] : undefined;
  return typeof value === 'string' ? value : 'text';
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Nested arrays as JSON text: deeper than JSON.stringify (or a recursive walk) can go. */
const nestedText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function withDeepJson(request: FuzzRequest, slot: Slot, depth: number): FuzzRequest {
  if (slot.where !== 'body') return setSlot(request, slot, nestedText(depth));
  const json = request.body && 'json' in request.body && isObject(request.body.json) ? request.body.json : {};
  const { [slot.name]: _replaced, ...rest } = json;
  const others = JSON.stringify(rest).slice(1, -1);
  return { ...request, body: { raw: `{${others}${others ? ',' : ''}${JSON.stringify(slot.name)}:${nestedText(depth)}}`, contentType: 'application/json' } };
}

/** The request with the variant applied; a variant with no slot to break falls back to an unknown query parameter. */
export function applyVariant(operation: Operation, request: FuzzRequest, variant: Variant): FuzzRequest {
  const slots = slotsOf(operation);
  const pick = (index: number) => slots[index % slots.length]!;
  const marked = { ...request, variant: variant.kind };
  if (!slots.length && 'slot' in variant) return { ...marked, query: [...request.query, ['unexpected', 'value']] };
  switch (variant.kind) {
    case 'control-char': {
      const slot = pick(variant.slot);
      const text = currentText(request, slot);
      const at = variant.at % (text.length + 1);
      return setSlot(marked, slot, `${text.slice(0, at)}${variant.char}${text.slice(at)}`);
    }
    case 'wrong-type':
    case 'edge-number':
      return setSlot(marked, pick(variant.slot), variant.value);
    case 'huge-value':
      return setSlot(marked, pick(variant.slot), variant.asNumber ? '9'.repeat(variant.size) : 'x'.repeat(variant.size));
    case 'bad-id':
      return setSlot(marked, pick(variant.slot), variant.value);
    case 'unknown-field':
      return operation.body ? setSlot(marked, { where: 'body', name: variant.name }, variant.value) : { ...marked, query: [...request.query, ...queryPairs(variant.name, variant.value)] };
    case 'missing-required':
      return withoutSlot(marked, pick(variant.slot));
    case 'forged-cursor':
      return { ...marked, query: [...request.query.filter(([name]) => name !== 'cursor'), ['cursor', variant.cursor]] };
    case 'deep-json':
      if (variant.inField) return withDeepJson(marked, pick(variant.slot), variant.depth);
      return { ...marked, body: { raw: nestedText(variant.depth), contentType: 'application/json' } };
    case 'raw-body':
      return { ...marked, body: { raw: variant.raw, contentType: variant.contentType } };
    case 'forged-auth':
      return { ...marked, headers: { ...request.headers, [variant.header]: variant.value } };
    case 'broken-url':
      // After a path parameter, so the URL still names this operation (a static path would become another one).
      if (!operation.pathParams.length) return { ...marked, query: [...request.query, ['unexpected', variant.suffix]] };
      return { ...marked, pathSuffix: variant.suffix };
  }
}

function withoutSlot(request: FuzzRequest, slot: Slot): FuzzRequest {
  if (slot.where === 'path') return { ...request, pathValues: { ...request.pathValues, [slot.name]: '' } };
  if (slot.where === 'query') return { ...request, query: request.query.filter(([name]) => name !== slot.name) };
  if (!request.body || !('json' in request.body) || !isObject(request.body.json)) return { ...request, body: undefined };
  const { [slot.name]: _dropped, ...rest } = request.body.json;
  return { ...request, body: { json: rest } };
}
