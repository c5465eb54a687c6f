/**
 * Holds each response to the document: no 5xx, a status the operation documents, and a body that
 * validates against the schema documented for that status (the error contract for errors).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import type { Operation, Schema } from './operations.js';

// ajv-formats is CommonJS; under ESM its function sits on .default.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

const pointerSegment = (segment: string) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));

export type ResponseCheck = (operation: Operation, response: LightMyRequestResponse) => string | null;

/** A checker for responses of the operations of `document`; compiled validators are kept per operation and status. */
export function responseChecker(document: Schema): ResponseCheck {
  const ajv = addFormats(new Ajv({ strict: false, allErrors: false, validateSchema: false }));
  // The whole document is one schema, so `#/components/...` references inside it resolve.
  ajv.addSchema(document, 'openapi');
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (operation: Operation, status: number) => {
    const key = `${operation.key} ${status}`;
    let validate = validators.get(key);
    if (!validate) {
      const pointer = ['paths', operation.path, operation.method, 'responses', String(status), 'content', 'application/json', 'schema'].map(pointerSegment).join('/');
      validate = ajv.compile({ $ref: `openapi#/${pointer}` });
      validators.set(key, validate);
    }
    return validate;
  };

  return (operation, response) => {
    const status = response.statusCode;
    if (status >= 500) return `answered ${status}: ${response.body.slice(0, 300)}`;
    if (!operation.responses.has(status)) return `answered ${status}, which the document does not list (${[...operation.responses.keys()].join(', ')}): ${response.body.slice(0, 200)}`;
    if (status === 204) return response.body === '' ? null : `answered 204 with a body: ${response.body.slice(0, 200)}`;
    if (operation.responses.get(status) === null) return null;
    let body: unknown;
    try {
      body = response.json();
    } catch {
      return `answered ${status} with a body that is not JSON: ${response.body.slice(0, 200)}`;
    }
    const validate = validatorFor(operation, status);
    if (validate(body)) return null;
    const error = validate.errors?.[0];
    return `answered ${status} with a body the document does not describe: ${error?.instancePath || '/'} ${error?.message ?? ''} ${JSON.stringify(error?.params ?? {})}: ${response.body.slice(0, 200)}`;
  };
}
