/**
 * Requests for one operation: valid-looking ones built from its parameter and body schemas, and the
 * malformed variants of those.
 */
import fc from 'fast-check';
import { queryPairs, type FormPart, type FuzzRequest } from './fuzz-request.js';
import { applyVariant, variantArbitrary } from './malformed.js';
import type { Operation, Parameter, Schema } from './operations.js';
import { valueOf, type IdSource } from './schema-values.js';

/** `/api/v1/work-orders/{id}/tasks` → "work-orders": what kind of record `{id}` names. */
const collectionOf = (path: string) => path.split('/')[3] ?? '';

function queryArbitrary(parameters: Parameter[], ids: IdSource, resolve: (s: Schema) => Schema): fc.Arbitrary<[string, string][]> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of parameters) fields[p.name] = valueOf(p.schema, ids, resolve, p.name);
  const required = parameters.filter((p) => p.required).map((p) => p.name);
  return fc.record(fields, { requiredKeys: required }).map((values) => Object.entries(values).flatMap(([name, value]) => queryPairs(name, value)));
}

/**
 * A multipart body from its schema: the properties in order, each a field with a value its schema accepts,
 * a `format: binary` one a file part; now and then a part is left out, repeated or moved last.
 */
function formParts(schema: Schema, ids: IdSource, resolve: (s: Schema) => Schema): fc.Arbitrary<FormPart[]> {
  const properties = Object.entries<Schema>(resolve(schema).properties ?? {});
  const parts = properties.map(([name, property]) =>
    resolve(property).format === 'binary'
      ? fc.record({ name: fc.constant(name), value: fc.string({ maxLength: 200 }), filename: fc.string({ maxLength: 40 }), contentType: fc.constantFrom('text/plain', 'application/pdf', 'image/png', 'x/\u0000') })
      : valueOf(property, ids, resolve, name).map((value) => ({ name, value: typeof value === 'string' ? value : JSON.stringify(value) })),
  );
  const shuffle = fc.constantFrom<'as documented' | 'drop one' | 'repeat one' | 'first last'>('as documented', 'as documented', 'as documented', 'drop one', 'repeat one', 'first last');
  return fc.tuple(fc.tuple(...parts), shuffle, fc.nat()).map(([list, how, n]) => {
    const at = list.length ? n % list.length : 0;
    if (how === 'drop one') return list.filter((_, i) => i !== at);
    if (how === 'repeat one' && list[at]) return [...list.slice(0, at + 1), list[at]!, ...list.slice(at + 1)];
    if (how === 'first last') return [...list.slice(1), ...list.slice(0, 1)];
    return list;
  });
}

function validRequest(operation: Operation, ids: IdSource, resolve: (s: Schema) => Schema): fc.Arbitrary<FuzzRequest> {
  const pathFields: Record<string, fc.Arbitrary<string>> = {};
  for (const p of operation.pathParams) {
    const name = p.name === 'id' ? collectionOf(operation.path) : p.name;
    pathFields[p.name] = valueOf(p.schema, ids, resolve, name).map(String);
  }
  const body = operation.multipart
    ? formParts(operation.multipart, ids, resolve).map((parts) => ({ parts }))
    : operation.body
      ? valueOf(operation.body, ids, resolve).map((json) => ({ json }))
      : fc.constant(undefined);
  return fc.record({ pathValues: fc.record(pathFields), query: queryArbitrary(operation.query, ids, resolve), body }).map((parts) => ({
    pathValues: parts.pathValues,
    query: parts.query,
    ...(parts.body ? { body: parts.body } : {}),
    headers: {},
    variant: 'valid',
  }));
}

/** Two in five requests valid-looking, the rest malformed. */
export function requestArbitrary(operation: Operation, ids: IdSource, resolve: (s: Schema) => Schema): fc.Arbitrary<FuzzRequest> {
  const valid = validRequest(operation, ids, resolve);
  const malformed = fc.tuple(valid, variantArbitrary(operation)).map(([request, variant]) => applyVariant(operation, request, variant));
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: malformed });
}
