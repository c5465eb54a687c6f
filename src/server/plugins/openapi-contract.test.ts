import { Document, Spectral, type RulesetDefinition } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';
import { API_TYPES_FILE, generateApiTypes } from '../ops/api-types.js';
import { operationIdOf } from './openapi-operations.js';

/**
 * Issue #15: the OpenAPI document passes a standard linter, Spectral's `spectral:oas` ruleset, with no
 * error and no warning, so a generated client and the docs page get every operation named, described,
 * tagged and with its error answers; and the web app's types are generated from that very document.
 */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('passes spectral:oas with no error and no warning', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body;
    const spectral = new Spectral();
    // The ruleset's published type lacks `extends`, which the definition type wants; the object is a ruleset.
    spectral.setRuleset({ extends: [oas as RulesetDefinition] });
    const results = await spectral.run(new Document(document, Json, 'openapi.json'));
    const problems = results.filter((result) => result.severity <= 1).map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
    expect(problems).toEqual([]);
  }, 60_000);

  it('names every operation after its method and path, and documents its rules', async () => {
    expect(operationIdOf('GET', '/api/v1/users/:id/grants')).toBe('getUsersByIdGrants');
    expect(operationIdOf('DELETE', '/api/v1/flags/:id/assignments/:resourceType/:resourceId')).toBe('deleteFlagsByIdAssignmentsByResourceTypeByResourceId');
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const list = doc.paths['/api/v1/customers'].get;
    expect(list.operationId).toBe('getCustomers');
    expect(list.description).toContain('`nextCursor`');
    expect(doc.paths['/api/v1/customers/{id}'].get.description).toContain('both answer 404');
    expect(doc.tags.map((tag: { name: string }) => tag.name)).toContain('portal access');
    expect(doc.servers).toEqual([{ url: t.app.ctx.config.publicUrl, description: 'This Portico server' }]);
  });

  it('is what the web app’s generated API types were made from (npm run api:types)', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body;
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    // Compared as a whole: a route schema changed without regenerating fails here, naming the command.
    expect(committed === (await generateApiTypes(document)), `${API_TYPES_FILE} is stale: run npm run api:types`).toBe(true);
  }, 60_000);
});
