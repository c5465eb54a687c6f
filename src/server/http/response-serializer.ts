import { SerializerSelector, type SerializerFactory } from '@fastify/fast-json-stringify-compiler';

const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);
/** Keywords whose meaning a type list keeps; a branch with anything else (enum, const, $ref…) stays a union. */
const PLAIN_KEYWORDS = new Set(['type', 'format', 'description', 'title', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'examples']);

function isPlainPrimitive(schema: Record<string, unknown>): boolean {
  return typeof schema.type === 'string' && PRIMITIVE_TYPES.has(schema.type) && Object.keys(schema).every((k) => PLAIN_KEYWORDS.has(k));
}

/**
 * `anyOf: [<string|number|…>, null]` (the API's Nullable) rewritten as `type: [<type>, 'null']`, for the
 * response serializers only. fast-json-stringify serializes a union by validating the value against each
 * branch with Ajv (a format regex per nullable id, per row), but a type list by its JavaScript type; the
 * JSON written is the same. A list page of 50 assets spent ~10 % of its CPU there. The OpenAPI document
 * and request validation keep the schemas as written.
 */
export function nullablesAsTypeLists(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullablesAsTypeLists);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = nullablesAsTypeLists(value);
  const branches = copy.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return copy;
  const nullAt = branches.findIndex((b) => (b as Record<string, unknown>).type === 'null' && Object.keys(b as object).length === 1);
  const other = branches[1 - nullAt] as Record<string, unknown>;
  if (nullAt < 0 || !isPlainPrimitive(other)) return copy;
  const { anyOf: _union, ...rest } = copy;
  return { ...rest, ...other, type: [other.type, 'null'] };
}

type Serializer = (data: unknown) => string;

/**
 * Compiled serializers for the life of the process, keyed by their schema, the shared schemas and the
 * options: compiling every route's responses costs a few hundred milliseconds, and a process that builds
 * the app more than once (the test suite builds one per test) compiles each once.
 */
const compiledSerializers = new Map<string, Serializer>();

/** Fastify's own serializer factory, fed the rewritten response schemas. */
export function responseSerializerFactory(): SerializerFactory {
  const defaults = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = defaults(externalSchemas, options);
    const context = JSON.stringify([externalSchemas, options]);
    return (route) => {
      const key = `${context}:${JSON.stringify(route.schema)}`;
      let serialize = compiledSerializers.get(key);
      if (!serialize) {
        serialize = compile({ ...route, schema: nullablesAsTypeLists(route.schema) }) as Serializer;
        compiledSerializers.set(key, serialize);
      }
      return serialize;
    };
  };
}
