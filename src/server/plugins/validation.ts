import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';

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
