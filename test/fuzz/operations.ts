/**
 * The operations of the OpenAPI document, flattened into what the fuzzer needs: where each parameter
 * goes, the body schema, and the documented responses (status → JSON schema, or null for no JSON body).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON Schema objects straight from the document
export type Schema = any;

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Parameter {
  name: string;
  schema: Schema;
  required: boolean;
}

export interface Operation {
  /** "GET /api/v1/assets/{id}": how failures and counts name the operation. */
  key: string;
  method: Method;
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The JSON body schema; undefined when the operation takes no JSON body. */
  body: Schema | undefined;
  /** The multipart/form-data body schema (parts in the order of its properties; `format: binary` is a file). */
  multipart: Schema | undefined;
  bodyRequired: boolean;
  /** Documented status → the schema of its JSON body, or null when the document gives it none. */
  responses: Map<number, Schema | null>;
  /** True for operations open without a session (`security: []`). */
  public: boolean;
  tags: string[];
}

const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];

function parameters(operation: Schema, where: 'path' | 'query'): Parameter[] {
  return (operation.parameters ?? [])
    .filter((p: Schema) => p.in === where)
    .map((p: Schema) => ({ name: p.name, schema: p.schema ?? {}, required: p.required === true }));
}

function responses(operation: Schema): Map<number, Schema | null> {
  const documented = new Map<number, Schema | null>();
  for (const [status, response] of Object.entries<Schema>(operation.responses ?? {})) {
    documented.set(Number(status), response.content?.['application/json']?.schema ?? null);
  }
  return documented;
}

export function operationsOf(document: Schema): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method,
        path,
        pathParams: parameters(operation, 'path'),
        query: parameters(operation, 'query'),
        body: operation.requestBody?.content?.['application/json']?.schema,
        multipart: operation.requestBody?.content?.['multipart/form-data']?.schema,
        bodyRequired: operation.requestBody?.required === true,
        responses: responses(operation),
        public: Array.isArray(operation.security) && operation.security.length === 0,
        tags: operation.tags ?? [],
      });
    }
  }
  return operations;
}
