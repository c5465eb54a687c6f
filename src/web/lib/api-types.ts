import type { components, paths } from '../generated/api-types';

/**
 * The API's types as the web app uses them, read from the generated OpenAPI types (npm run api:types):
 * a server change the web app does not follow fails the typecheck instead of a page at run time.
 */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** What an error answer carries in `details`: a 400's field problems, or what broke a 422's rule. */
export type ErrorDetails = NonNullable<components['schemas']['ErrorResponse']['error']['details']>;

/** The API's paths as the client calls them: relative to its base URL /api/v1 (`/projects/{id}`). */
export type ApiPaths = { [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P] };

type Operation<P extends keyof ApiPaths, M extends Method> = NonNullable<ApiPaths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessOf<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201 | 202>] : never;

/** The JSON an operation answers with on success. */
export type ResponseOf<P extends keyof ApiPaths, M extends Method = 'get'> = JsonOf<SuccessOf<Operation<P, M>>>;
/** What the typed client resolves to: the JSON answer, or undefined for an operation that answers 204. */
export type DataOf<P extends keyof ApiPaths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? (204 extends keyof R ? undefined : never) | ResponseOf<P, M> : never;
/** One item of a paged list (`{ items, nextCursor }`). */
export type ListItemOf<P extends keyof ApiPaths> = ResponseOf<P> extends { items: (infer Item)[] } ? Item : never;
/** The JSON body an operation takes. */
export type BodyOf<P extends keyof ApiPaths, M extends Method> = Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
/** The multipart form an operation takes (a file part is a `string` here: the schema's binary). */
export type FormBodyOf<P extends keyof ApiPaths, M extends Method> = Operation<P, M> extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: { 'multipart/form-data': infer T } }
    ? T
    : never
  : never;
/** The query parameters an operation takes. */
export type QueryOf<P extends keyof ApiPaths, M extends Method = 'get'> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The path parameters an operation takes (`{ id }`). */
export type PathParamsOf<P extends keyof ApiPaths, M extends Method = 'get'> = Operation<P, M> extends { parameters: { path: infer Q } } ? Q : never;

/**
 * A constant list of every value of an API enum, for the UI to iterate (`everyOf<OrderStatus>()([...])`):
 * a value the API adds or drops fails to compile instead of going missing from a picker.
 */
export const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;
