import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { buildApp, type App } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import { formatLogLine } from './pretty-log.js';

/** The real app with its real logger, writing into `lines` instead of standard output. */
async function appLoggingTo(lines: string[], env: Record<string, string>): Promise<{ app: App; database: TestDatabase }> {
  const database = await createTestDatabase({ LOG_LEVEL: 'info', ...env });
  const app = await database.whileSchemasSteady(() =>
    buildApp({ ...database.config, serveWeb: false }, { logDestination: { write: (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)) } }),
  );
  await app.ready();
  return { app, database };
}

describe('log format (issue #12)', () => {
  const pretty: string[] = [];
  const json: string[] = [];
  let apps: { app: App; database: TestDatabase }[] = [];
  beforeAll(async () => {
    apps = [await appLoggingTo(pretty, {}), await appLoggingTo(json, { LOG_FORMAT: 'json' })];
  });
  afterAll(async () => {
    for (const { app, database } of apps) {
      await app.close();
      await database.drop();
    }
  });

  it('writes one readable line per request by default: time, level, method, url, status, duration, request id', async () => {
    const response = await apps[0]!.app.inject({ method: 'GET', url: '/api/v1/health?probe=pretty' });
    const lines = pretty.filter((line) => line.includes('probe=pretty'));
    expect(lines).toEqual([expect.stringMatching(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}GET \/api\/v1\/health\?probe=pretty 200 \d+ ms req=[0-9a-f-]{36}$/)]);
    expect(lines[0]).toContain(`req=${String(response.headers['x-request-id'])}`);
    expect(pretty.some((line) => line.startsWith('{'))).toBe(false);
  });

  it('writes one JSON object per line with LOG_FORMAT=json', async () => {
    const response = await apps[1]!.app.inject({ method: 'GET', url: '/api/v1/health?probe=json' });
    const entries = json.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.url === '/api/v1/health?probe=json');
    expect(entries).toEqual([expect.objectContaining({ level: 30, msg: 'request', method: 'GET', status: 200, reqId: response.headers['x-request-id'], ms: expect.any(Number) })]);
  });

  it('refuses an unknown LOG_FORMAT with a message naming it', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be one of pretty, json \(got "xml"\)/);
    expect(loadConfig({}).logFormat).toBe('pretty');
  });
});

describe('a readable log line', () => {
  it('shows an error message on the line and its stack below it, other fields as key=value', () => {
    const json = JSON.stringify({ level: 50, time: Date.UTC(2030, 0, 1), reqId: 'r-1', mailId: 'm 1', attempt: 2, err: { message: 'mailbox busy', stack: 'Error: mailbox busy\n    at send (mail.ts:1:1)' }, msg: 'mail delivery failed' });
    const [line, ...stack] = formatLogLine(json).split('\n');
    expect(line).toMatch(/^\d\d:\d\d:\d\d\.000 ERROR mail delivery failed mailId="m 1" attempt=2 err="mailbox busy" req=r-1$/);
    expect(stack).toEqual(['    Error: mailbox busy', '        at send (mail.ts:1:1)']);
    expect(formatLogLine('not json')).toBe('not json');
  });
});
