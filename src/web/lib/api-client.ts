/** Thin fetch wrapper for the Portico API: JSON in, JSON out, errors as ApiError. */
import { currentLanguage } from '../app/i18n';

const API_BASE = '/api/v1';

/** An error answer of the API ({error:{code,message,requestId,details?}}) or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly requestId?: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; requestId?: unknown; details?: unknown };
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | undefined;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // A proxy or crash page rather than the API answered; keep the HTTP status at least.
  }
  const error = body?.error;
  return new ApiError(
    response.status,
    typeof error?.code === 'string' ? error.code : 'http_error',
    typeof error?.message === 'string' ? error.message : `Request failed (HTTP ${response.status}).`,
    typeof error?.requestId === 'string' ? error.requestId : undefined,
    error?.details,
  );
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-serialised, unless it is FormData (multipart uploads): the browser then sets the boundary. */
  body?: unknown;
  signal?: AbortSignal;
}

function requestInit(method: string, body: unknown, signal: AbortSignal | undefined): RequestInit {
  // The session lives in an HttpOnly cookie; same-origin requests send it.
  // The UI's language, not the browser's: configurable names (ticket types, statuses, file types, flags)
  // embedded in answers come in the language the reader sees Portico in.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLanguage() };
  const init: RequestInit = { method, signal, credentials: 'same-origin', headers };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return init;
}

/** Calls `${API_BASE}${path}`; resolves to the parsed JSON body, or undefined for 204 answers. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, requestInit(method, body, signal));
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network_error', 'The server cannot be reached. Check your connection and try again.');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Where the browser downloads an API resource directly (e.g. a file's content), with the session cookie. */
export function apiUrl(path: string): string {
  return `${API_BASE}${path}`;
}

export const apiClient = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
