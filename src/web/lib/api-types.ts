import type { paths } from '../generated/api-types';

/**
 * The API's types as the web app uses them, read from the generated OpenAPI types (npm run api:types):
 * a server change the web app does not follow fails the typecheck instead of a page at run time.
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessOf<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201>] : never;

/** The JSON an operation answers with on success. */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> = JsonOf<SuccessOf<Operation<P, M>>>;
/** One item of a paged list (`{ items, nextCursor }`). */
export type ListItemOf<P extends keyof paths> = ResponseOf<P> extends { items: (infer Item)[] } ? Item : never;
/** The JSON body an operation takes. */
export type BodyOf<P extends keyof paths, M extends Method> = Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
/** The multipart form an operation takes (a file part is a `string` here: the schema's binary). */
export type FormBodyOf<P extends keyof paths, M extends Method> = Operation<P, M> extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: { 'multipart/form-data': infer T } }
    ? T
    : never
  : never;
/** The query parameters an operation takes. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * A constant list of every value of an API enum, for the UI to iterate (`everyOf<OrderStatus>()([...])`):
 * a value the API adds or drops fails to compile instead of going missing from a picker.
 */
export const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;
