/**
 * The staff API as a script would use it (fetch + the session cookie), for arranging what a portal
 * journey needs: the journey itself then runs in the browser.
 */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  /** multipart/form-data (file uploads); fetch sets the boundary. */
  postForm<T>(path: string, form: FormData): Promise<T>;
}

export async function apiSignIn(baseUrl: string, login: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${login} failed: HTTP ${response.status} ${await response.text()}`);
  // "portico_session=…; Path=/; HttpOnly…": only the name=value part goes back in the Cookie header.
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const isForm = body instanceof FormData;
    const result = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, accept: 'application/json', ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    if (!result.ok) throw new Error(`${method} ${path}: HTTP ${result.status} ${await result.text()}`);
    return (result.status === 204 ? undefined : await result.json()) as T;
  }

  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body), postForm: (path, form) => call('POST', path, form) };
}

/** The one record of a list search that has exactly this name; fails loudly when it is missing. */
export async function findByName<T extends { id: string; name: string }>(api: ApiSession, path: string, name: string, params: Record<string, string> = {}): Promise<T> {
  const query = new URLSearchParams({ q: name, limit: '50', ...params });
  const page = await api.get<{ items: T[] }>(`${path}?${query.toString()}`);
  const found = page.items.find((item) => item.name === name);
  if (!found) throw new Error(`No record named "${name}" in ${path}`);
  return found;
}

/** Attaches a small text file to a record, as staff would from its page. */
export async function uploadTextFile(api: ApiSession, target: { resourceType: string; resourceId: string; fileTypeId: string }, filename: string, content: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append('resourceType', target.resourceType);
  form.append('resourceId', target.resourceId);
  form.append('fileTypeId', target.fileTypeId);
  form.append('file', new Blob([content], { type: 'text/plain' }), filename);
  return api.postForm<{ id: string }>('/files', form);
}
