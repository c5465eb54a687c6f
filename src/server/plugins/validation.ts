import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { BadRequestError } from './errors.js';

// ajv-formats is CommonJS; under ESM its function sits on .default.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

const shared: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };

/**
 * Two validators: query strings and path params arrive as text and are coerced to the schema's types;
 * JSON bodies are not coerced, so `{"login": 42}` is a 400 instead of being quietly read as "42".
 */
export function registerValidation(app: FastifyInstance): void {
  const coercing = addFormats(new Ajv({ ...shared, coerceTypes: 'array' }));
  const strict = addFormats(new Ajv({ ...shared, coerceTypes: false }));
  for (const schema of Object.values(app.getSchemas())) {
    coercing.addSchema(schema as object);
    strict.addSchema(schema as object);
  }
  app.setValidatorCompiler<FastifySchema>(({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing;
    return ajv.compile(schema as object);
  });
}

/** True when a decoded JSON value holds U+0000 in any string or key. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item, depth + 1));
}

/**
 * No text input may carry a NUL character. PostgreSQL cannot store one in text (the statement fails,
 * which would be a 500), SQLite would store it and cut it off in other tools; either way it is never
 * meaningful in a name or a comment. Refused up front, for every route, with the same 400 on both engines.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (/%00/i.test(request.url) || holdsNul(request.params) || holdsNul(request.body)) {
      throw new BadRequestError('Text must not contain NUL characters (U+0000).');
    }
  });
}
