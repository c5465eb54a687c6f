/**
 * Requests for one operation: valid-looking ones built from its parameter and body schemas, and the
 * malformed variants of those.
 */
import fc from 'fast-check';
import { queryPairs, type FuzzRequest } from './fuzz-request.js';
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

function validRequest(operation: Operation, ids: IdSource, resolve: (s: Schema) => Schema): fc.Arbitrary<FuzzRequest> {
  const pathFields: Record<string, fc.Arbitrary<string>> = {};
  for (const p of operation.pathParams) {
    const name = p.name === 'id' ? collectionOf(operation.path) : p.name;
    pathFields[p.name] = valueOf(p.schema, ids, resolve, name).map(String);
  }
  const body = operation.body ? valueOf(operation.body, ids, resolve).map((json) => ({ json })) : fc.constant(undefined);
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
