import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('error contract', () => {
  it('answers an unknown API route with the 404 error shape and the request id', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    const body = response.json();
    expect(body).toEqual({ error: { code: 'not_found', message: 'Not found.', requestId: expect.any(String) } });
    expect(response.headers['x-request-id']).toBe(body.error.requestId);
  });

  // Found by the OpenAPI fuzzer: the router answered these with its own body, echoing the URL, without a request id.
  it('answers an over-long path parameter (414) and an undecodable URL (400) with the error contract', async () => {
    for (const [url, status, code] of [[`/api/v1/customers/${'x'.repeat(150)}`, 414, 'uri_too_long'], ['/api/v1/customers/%E0%A4%A', 400, 'bad_request']] as const) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(status);
      expect(response.json(), url).toEqual({ error: { code, message: expect.any(String), requestId: expect.any(String) } });
      expect(response.body, url).not.toContain('customers');
    }
  });

  it('answers malformed JSON with 400, not 500, and no stack trace', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(response.json().error.requestId).toEqual(expect.any(String));
  });

  it('answers a wrongly typed field with 400 validation_failed and its path', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 42, password: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body/login');
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<login/>' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
  });
});

describe('health and API description', () => {
  it('reports health with the database reachable', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document that lists the auth endpoints', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/api/v1/health']));
  });

  // The OpenAPI fuzzer holds every answer to the document: the error answers must be in it too.
  it('lists the error answers of every operation with the error contract, and the download as binary', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const errorSchema = { $ref: '#/components/schemas/ErrorResponse' };
    const responsesOf = (path: string, method: string) => doc.paths[path][method].responses;
    for (const status of ['400', '401', '403', '503']) expect(responsesOf('/api/v1/health', 'get')[status].content['application/json'].schema).toEqual(errorSchema);
    expect(Object.keys(responsesOf('/api/v1/customers/{id}', 'patch'))).toEqual(expect.arrayContaining(['200', '404', '409', '413', '414', '415', '422']));
    expect(Object.keys(responsesOf('/api/v1/customers', 'get'))).not.toContain('422');
    expect(responsesOf('/api/v1/auth/login', 'post')['429'].content['application/json'].schema).toEqual(errorSchema);
    expect(responsesOf('/api/v1/files/{id}/content', 'get')['200'].content['application/octet-stream'].schema).toMatchObject({ type: 'string', format: 'binary' });
  });

  it('serves the API docs page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
