/**
 * fast-check arbitraries for values a JSON schema accepts ("valid-looking" input): the fuzzer's starting
 * point, which the malformed variants then break. Ids come from the world's records, so requests reach
 * the handlers and their rules instead of stopping at "not found".
 */
import fc from 'fast-check';
import type { Schema } from './operations.js';

/** Gives the ids worth trying for a field or parameter name (`customerId`, `id`, `assetIds`, …). */
export type IdSource = (name: string) => fc.Arbitrary<string>;

/** Generous enough to pass validation and reach the rules, small enough to keep the run fast. */
const MAX_TEXT = 24;
const MAX_ITEMS = 4;

const words = fc.constantFrom('Boiler', 'Pump 7', 'Müller GmbH', 'Ölheizung', '東京', 'a', 'Ticket #1', "O'Brien", '<b>x</b>', 'naïve café', '1', 'x'.repeat(20));

function text(schema: Schema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_TEXT, MAX_TEXT));
  const fitting = words.filter((w) => w.length >= minLength && w.length <= maxLength);
  return fc.oneof(fc.string({ minLength, maxLength, unit: 'grapheme' }), fitting).filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
}

const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => new Date(ms));

function stringValue(schema: Schema, name: string, ids: IdSource): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return ids(name);
    case 'date':
      return day.map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return day.map((d) => d.toISOString());
    case 'email':
      return fc.constantFrom('someone@customer.test', 'a.b+c@example.org', 'UPPER@Example.TEST');
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? MAX_TEXT * 4) && s.length >= (schema.minLength ?? 0));
  return text(schema);
}

function numberValue(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -5);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : Math.max(min, 0) + 1000);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectValue(schema: Schema, ids: IdSource, resolve: (s: Schema) => Schema): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const required: string[] = schema.required ?? [];
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) fields[key] = valueOf(property, ids, resolve, key);
  const known = fc.record(fields, { requiredKeys: required.filter((key) => key in fields) });
  // Free-form maps (an asset's custom fields): a few entries of what additionalProperties allows.
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && !Object.keys(properties).length) {
    const keys = schema.propertyNames ? valueOf(schema.propertyNames, ids, resolve, 'key') : fc.string({ minLength: 1, maxLength: 12 });
    return fc.dictionary(keys as fc.Arbitrary<string>, valueOf(schema.additionalProperties, ids, resolve, 'value'), { maxKeys: Math.min(schema.maxProperties ?? 3, 3) });
  }
  return known as fc.Arbitrary<Record<string, unknown>>;
}

/** An arbitrary of values `schema` accepts; `name` is the field or parameter the value is for. */
export function valueOf(input: Schema, ids: IdSource, resolve: (s: Schema) => Schema, name = ''): fc.Arbitrary<unknown> {
  const schema = resolve(input ?? {});
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives)) return fc.oneof(...alternatives.map((s: Schema) => valueOf(s, ids, resolve, name)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringValue(schema, name, ids);
    case 'integer':
      return numberValue(schema, true);
    case 'number':
      return numberValue(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = valueOf(schema.items ?? {}, ids, resolve, name.replace(/s$/, ''));
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)) };
      return schema.uniqueItems ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(items, constraints);
    }
    case 'object':
      return objectValue(schema, ids, resolve);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
