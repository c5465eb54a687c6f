import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * The typed client's behaviour at the edges: error bodies, non-JSON errors, network failures, aborts, 204
 * answers, headers and multipart uploads. The browser's fetch is stubbed; Request resolves the client's
 * relative URLs (/api/v1/…) against a page origin, as a browser does.
 */
const BrowserRequest = class extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, 'http://portico.test') : input, init);
  }
};

// The UI language (i18n needs a document): German, so the header is not the default by chance.
vi.mock('../app/i18n', () => ({ currentLanguage: () => 'de' }));

let client: typeof import('./api-client');
const fetchMock = vi.fn<(request: Request) => Promise<Response>>();

beforeAll(async () => {
  vi.stubGlobal('Request', BrowserRequest);
  vi.stubGlobal('fetch', fetchMock);
  client = await import('./api-client');
});

afterEach(() => fetchMock.mockReset());
afterAll(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('api client', () => {
  it('sends the path with its parameters, the session cookie and the UI language, and resolves to the answer', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { id: 'p 1', name: 'Boiler' }));
    const project = await client.api.get('/projects/{id}', { params: { path: { id: 'p 1' } } });
    expect(project).toEqual({ id: 'p 1', name: 'Boiler' });
    const request = fetchMock.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe('/api/v1/projects/p%201');
    expect(request.credentials).toBe('same-origin');
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('accept-language')).toBe('de');
  });

  it('leaves empty query values out and sends JSON bodies', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { items: [], nextCursor: null }));
    await client.fetchPage('/projects', { q: '', status: undefined, customerId: null, limit: 25 }, {});
    expect(new URL(fetchMock.mock.calls[0]![0].url).search).toBe('?limit=25');

    fetchMock.mockResolvedValueOnce(json(201, { id: 'x' }));
    await client.api.post('/auth/password-reset', { body: { email: 'a@example.com' } });
    const request = fetchMock.mock.calls[1]![0];
    expect(request.method).toBe('POST');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await request.json()).toEqual({ email: 'a@example.com' });
  });

  it('resolves a 204 answer to undefined', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(client.api.delete('/projects/{id}', { params: { path: { id: 'p1' } } })).resolves.toBeUndefined();
  });

  it('turns an error body into ApiError with status, code, message, request id and details', async () => {
    const details = [{ path: '/name', message: 'must NOT have fewer than 1 characters' }];
    fetchMock.mockResolvedValueOnce(json(400, { error: { code: 'validation_failed', message: 'Invalid body', requestId: 'req-1', details } }));
    const error = await client.api.get('/projects/{id}', { params: { path: { id: 'p1' } } }).catch((e: unknown) => e);
    expect(client.isApiError(error, 'validation_failed')).toBe(true);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Invalid body', requestId: 'req-1', details });
  });

  it('keeps the status of an error answer that is not the API\'s JSON', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await client.api.get('/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.ApiError);
    expect(error).toMatchObject({ status: 502, code: 'http_error', message: 'Request failed (HTTP 502).', requestId: undefined });
  });

  it('turns a network failure into ApiError 0 network_error, and re-throws an abort', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(client.api.get('/me')).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
      message: 'The server cannot be reached. Check your connection and try again.',
    });

    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    fetchMock.mockImplementationOnce(async () => {
      controller.abort();
      throw abort;
    });
    await expect(client.api.get('/me', { signal: controller.signal })).rejects.toBe(abort);
  });

  it('sends an upload as multipart FormData: the fields in order, then the file with its name', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { id: 'f1' }));
    const file = new File(['hello'], 'note.txt', { type: 'text/plain' });
    await client.api.upload('/files', { body: { resourceType: 'ticket', resourceId: 't1', fileTypeId: 'ft1', file } });
    const request = fetchMock.mock.calls[0]![0];
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await request.formData();
    expect([...form.keys()]).toEqual(['resourceType', 'resourceId', 'fileTypeId', 'file']);
    expect((form.get('file') as File).name).toBe('note.txt');
  });
});
