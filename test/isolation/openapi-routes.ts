/** The routes of the API as its OpenAPI document lists them, so the isolation suites cover every new route. */
import { API, type Json } from '../scenarios/story-kit.js';

export interface Route {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  pathParams: string[];
  query: { name: string; schema: Json; required: boolean }[];
}

export function routesOf(doc: Json): Route[] {
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries<Json>(doc.paths)) {
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
      const operation = operations[method];
      if (!operation) continue;
      const parameters: Json[] = operation.parameters ?? [];
      routes.push({
        method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema, required: p.required === true })),
      });
    }
  }
  return routes;
}

/** The first path segment after /api/v1: the collection a route belongs to. */
export const collectionOf = (path: string) => path.replace(`${API}/`, '').split('/')[0]!;

/** The values an enum-like parameter schema allows. */
export function enumValues(schema: Json): string[] {
  if (!schema) return [];
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  for (const key of ['anyOf', 'oneOf']) if (Array.isArray(schema[key])) return schema[key].flatMap(enumValues);
  return [];
}
