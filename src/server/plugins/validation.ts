import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { BadRequestError } from './errors.js';

// ajv-formats is CommonJS; under ESM its function sits on .default.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

const shared: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };

type Validator = ReturnType<Ajv['compile']>;
interface Validators {
  coercing: Ajv;
  strict: Ajv;
  compiled: Map<string, Validator>;
}

/**
 * Compiled validators, kept for the life of the process and keyed by the shared schemas they were built
 * against. Compiling every route's schemas costs about a second; a process that builds the app more than
 * once (the test suite builds one per test) compiles each schema once. Validators are pure functions of
 * their schema, so apps may share them.
 */
const validatorsByShared = new Map<string, Validators>();

function validatorsFor(sharedSchemas: object[]): Validators {
  const key = JSON.stringify(sharedSchemas);
  let validators = validatorsByShared.get(key);
  if (!validators) {
    const coercing = addFormats(new Ajv({ ...shared, coerceTypes: 'array' }));
    const strict = addFormats(new Ajv({ ...shared, coerceTypes: false }));
    for (const schema of sharedSchemas) {
      coercing.addSchema(schema);
      strict.addSchema(schema);
    }
    validators = { coercing, strict, compiled: new Map() };
    validatorsByShared.set(key, validators);
  }
  return validators;
}

/**
 * Two validators: query strings and path params arrive as text and are coerced to the schema's types;
 * JSON bodies are not coerced, so `{"login": 42}` is a 400 instead of being quietly read as "42".
 */
export function registerValidation(app: FastifyInstance): void {
  const { coercing, strict, compiled } = validatorsFor(Object.values(app.getSchemas()) as object[]);
  app.setValidatorCompiler<FastifySchema>(({ schema, httpPart }) => {
    const isBody = httpPart === 'body';
    const key = `${isBody ? 'body' : 'text'}:${JSON.stringify(schema)}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = (isBody ? strict : coercing).compile(schema as object);
      compiled.set(key, validate);
    }
    return validate;
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
