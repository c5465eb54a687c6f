/**
 * The Portico API as the web app calls it: one openapi-fetch client typed from the generated OpenAPI types
 * (npm run api:types), so a path, its parameters, a body and an answer the server no longer has fail the
 * typecheck instead of a page at run time. Errors come out as ApiError.
 */
import createClient from 'openapi-fetch';
import type { MaybeOptionalInit } from 'openapi-fetch';
import { currentLanguage } from '../app/i18n';
import type { ApiPaths, DataOf, ErrorDetails, FormBodyOf, ListItemOf, Method, PathParamsOf, ResponseOf } from './api-types';
import type { ListParams } from './resource';

const API_BASE = '/api/v1';

/** An error answer of the API ({error:{code,message,requestId,details?}}) or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly requestId?: string,
    public readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The error body openapi-fetch read (parsed JSON, else the text, else nothing) as an ApiError. A proxy or
 * crash page rather than the API may have answered: then the HTTP status is kept at least.
 */
function toApiError(body: unknown, status: number): ApiError {
  const error = field(body, 'error');
  const code = field(error, 'code');
  const message = field(error, 'message');
  const requestId = field(error, 'requestId');
  return new ApiError(
    status,
    typeof code === 'string' ? code : 'http_error',
    typeof message === 'string' ? message : `Request failed (HTTP ${status}).`,
    typeof requestId === 'string' ? requestId : undefined,
    // As the error schema describes it; readers still check its shape (a proxy may have answered).
    field(error, 'details') as ErrorDetails | undefined,
  );
}

/** Query-string values: undefined, null and '' are left out (an empty filter is no filter). */
function serializeQuery(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  return search.toString();
}

/** The browser's fetch; a network failure (not an abort) becomes ApiError(0, 'network_error'). */
async function fetchOrNetworkError(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (cause) {
    if (request.signal.aborted) throw cause;
    throw new ApiError(0, 'network_error', 'The server cannot be reached. Check your connection and try again.');
  }
}

const client = createClient<ApiPaths>({
  baseUrl: API_BASE,
  // The session lives in an HttpOnly cookie; same-origin requests send it.
  credentials: 'same-origin',
  querySerializer: serializeQuery,
  fetch: fetchOrNetworkError,
});

client.use({
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    // The UI's language, not the browser's: configurable names (ticket types, statuses, file types, flags)
    // embedded in answers come in the language the reader sees Portico in.
    request.headers.set('accept-language', currentLanguage());
    return request;
  },
});

/** The paths that have method M (e.g. every path with a GET). */
export type PathOf<M extends Method> = { [P in keyof ApiPaths]: ApiPaths[P] extends Record<M, object> ? P : never }[keyof ApiPaths];

/** An operation's options (`params: { path, query }`, `body`, `signal`), optional when nothing in it is required. */
type InitOf<P extends keyof ApiPaths, M extends Method> = MaybeOptionalInit<ApiPaths[P], M>;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type InitArgs<P extends keyof ApiPaths, M extends Method> =
  RequiredKeys<NonNullable<InitOf<P, M>>> extends never ? [init?: InitOf<P, M>] : [init: InitOf<P, M>];

type Call<M extends Method> = <P extends PathOf<M>>(path: P, ...init: InitArgs<P, M>) => Promise<DataOf<P, M>>;

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The answer's data (undefined for 204), or its error as ApiError. */
function unwrap({ data, error, response }: Answer): unknown {
  if (!response.ok) throw toApiError(error, response.status);
  return data;
}

type UntypedCall = (path: string, init?: object) => Promise<Answer>;

function call<M extends Method>(method: UntypedCall): Call<M> {
  // Call is the typed signature (openapi-fetch's own init type of the path's operation); this only passes the
  // call on and unwraps the answer, whose type openapi-fetch read from the same operation.
  const run = async (path: string, init?: object) => unwrap(await method(path, init));
  return run as Call<M>;
}

/** A multipart form of an operation: its binary parts (strings in the schema) as the browser's File or Blob. */
export type UploadOf<P extends keyof ApiPaths, M extends Method> = {
  [K in keyof FormBodyOf<P, M>]: FormBodyOf<P, M>[K] extends string ? FormBodyOf<P, M>[K] | Blob : FormBodyOf<P, M>[K];
};

/** The form's fields in their order (the server reads the text fields before the file part); a File keeps its name. */
function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (value instanceof File) form.append(key, value, value.name);
    else if (value instanceof Blob) form.append(key, value);
    else form.append(key, String(value));
  }
  return form;
}

/**
 * The typed API: `api.get('/projects/{id}', { params: { path: { id } }, signal })` resolves to the project;
 * paths, parameters, bodies and answers come from the OpenAPI document, and an error answer or a network
 * failure rejects with ApiError. 204 answers resolve to undefined.
 */
export const api = {
  get: call<'get'>(client.GET as UntypedCall),
  post: call<'post'>(client.POST as UntypedCall),
  put: call<'put'>(client.PUT as UntypedCall),
  patch: call<'patch'>(client.PATCH as UntypedCall),
  delete: call<'delete'>(client.DELETE as UntypedCall),
  /** POST of a multipart form: sent as FormData, the browser sets the boundary. */
  upload: async <P extends PathOf<'post'>>(path: P, init: { body: UploadOf<P, 'post'>; signal?: AbortSignal }): Promise<DataOf<P, 'post'>> => {
    const post = client.POST as UntypedCall;
    return unwrap(await post(path, { ...init, bodySerializer: toFormData })) as DataOf<P, 'post'>;
  },
};

/** The paths of paged lists (`{ items, nextCursor }`). */
export type ListPath = { [P in PathOf<'get'>]: ResponseOf<P> extends { items: unknown[]; nextCursor: string | null } ? P : never }[PathOf<'get'>];
/** The path parameters a list path needs (`{ path: { id } }`), or none. */
export type PathArg<P extends ListPath> = [PathParamsOf<P>] extends [never] ? { path?: undefined } : { path: PathParamsOf<P> };
/** One page of a list: its answer, which a generic caller also sees as `{ items, nextCursor }`. */
export type PageOf<P extends ListPath> = ResponseOf<P> & { items: ListItemOf<P>[]; nextCursor: string | null };

/**
 * One page of a list with a table's state as the query (search, filters and cursor, as the URL holds them):
 * those are the user's strings, checked by the server (400), so the query is the one part not typed here.
 * Fixed queries go through `api.get` and are checked.
 */
export async function fetchPage<P extends ListPath>(path: P, params: ListParams, init: PathArg<P> & { signal?: AbortSignal | undefined }): Promise<PageOf<P>> {
  const get = client.GET as UntypedCall;
  const answer = unwrap(await get(path, { params: { path: init.path, query: params }, signal: init.signal }));
  // The list answer of P, read by openapi-fetch; the query was the only untyped part.
  return answer as PageOf<P>;
}

/** Where the browser downloads an API resource directly (e.g. a file's content), with the session cookie. */
export function apiUrl(path: string): string {
  return `${API_BASE}${path}`;
}
