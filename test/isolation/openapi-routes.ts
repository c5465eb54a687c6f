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

/**
 * A body each write route accepts, so the request reaches the handler (and its access check) rather than
 * stopping at validation. Flag assignments and grants name `ours`: records of the caller's own tenant.
 */
export function writeBody(route: Route, ours: { orderId: string; assetId: string }): object | undefined {
  const collection = collectionOf(route.path);
  const sub = route.path.split('/')[5];
  if (route.method === 'delete') return undefined;
  if (route.method === 'put') {
    if (sub === 'routes') return { responsibleUserId: null, responsibleGroupId: null };
    return sub === 'access' ? { modes: { assets: 'all_in_scope' } } : undefined;
  }
  // A sub-record (task, part) is patched with the field its create body names.
  const subPatch: Record<string, object> = { tasks: { title: 'Taken over' }, parts: { description: 'Taken over' } };
  if (route.method === 'patch' && sub && sub in subPatch) return subPatch[sub];
  if (route.method === 'patch') {
    const field: Record<string, object> = {
      customers: { name: 'Taken over' },
      sites: { name: 'Taken over' },
      contacts: { name: 'Taken over' },
      users: { displayName: 'Taken over' },
      'staff-groups': { name: 'Taken over' },
      assets: { name: 'Taken over' },
      'work-orders': { title: 'Taken over' },
      projects: { name: 'Taken over' },
      orders: { title: 'Taken over' },
      flags: { name: 'Taken over' },
      'ticket-types': { name: 'Taken over' },
      'ticket-statuses': { name: 'Taken over' },
      tickets: { title: 'Taken over' },
      'schedule-entries': { title: 'Taken over' },
      documents: { title: 'Taken over' },
      'file-types': { name: 'Taken over' },
    };
    return field[collection] ?? {};
  }
  const post: Record<string, object | undefined> = {
    tasks: { title: 'Injected' },
    notes: { body: 'Injected', visibility: 'public' },
    parts: { description: 'Injected', quantity: 1 },
    reports: { title: 'Injected' },
    comments: { body: 'Injected' },
    assignments: { resourceType: 'order', resourceId: ours.orderId },
    grants: { resourceType: 'asset', resourceId: ours.assetId, kind: 'visible' },
    'approval-requests': { amount: 12_300 },
    'approval-decisions': { decision: 'declined', reason: 'Injected' },
  };
  if (route.path.endsWith('/grants/batch')) return { grants: [post.grants] };
  if (route.path.endsWith('/work-orders/{id}/reports')) return { workDone: 'Injected' };
  return sub && sub in post ? post[sub] : {};
}
