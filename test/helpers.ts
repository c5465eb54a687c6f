import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../src/server/app.js';
import { openDatabase, type OpenDatabaseOptions } from '../src/server/db/database.js';
import { SESSION_COOKIE } from '../src/server/plugins/authentication.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { TestClock } from './test-clock.js';

export interface TestApp {
  app: App;
  clock: TestClock;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real app on a fresh database of the engine under test, with a hand-moved clock. */
export async function buildTestApp(env: Record<string, string> = {}, options: OpenDatabaseOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(env);
  const clock = new TestClock();
  // With a statement log the test opens the database itself; the app then leaves closing it to us.
  const handle = options.log ? openDatabase(database.config, options) : undefined;
  let app: App;
  try {
    app = await database.whileSchemasSteady(async () => {
      const built = await buildApp({ ...database.config, serveWeb: false }, { clock: clock.now, logger: false, ...(handle ? { database: handle } : {}) });
      await built.ready();
      return built;
    });
  } catch (error) {
    await handle?.destroy();
    await database.drop();
    throw error;
  }
  return {
    app,
    clock,
    database,
    close: async () => {
      await app.close();
      await handle?.destroy();
      await database.drop();
    },
  };
}

/** A signed-in client: every request carries the session cookie. */
export interface Session {
  cookie: string;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

export function sessionFromCookie(app: App, cookie: string): Session {
  // A cookie header given by the caller (e.g. a preview cookie) is sent along with the session cookie.
  const inject = (options: InjectOptions) => {
    const extra = options.headers?.cookie;
    const cookies = [`${SESSION_COOKIE}=${cookie}`, ...(typeof extra === 'string' && extra ? [extra] : [])].join('; ');
    return app.inject({ ...options, headers: { ...(options.headers ?? {}), cookie: cookies } });
  };
  const withBody = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE') => (url: string, payload?: unknown) =>
    inject({ method, url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) });
  return {
    cookie,
    inject,
    get: (url) => inject({ method: 'GET', url }),
    post: withBody('POST'),
    patch: withBody('PATCH'),
    put: withBody('PUT'),
    delete: withBody('DELETE'),
  };
}

export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
}

/** Signs in through the real login endpoint; fails the test when login does not succeed. */
export async function loginAs(app: App, login: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`login as ${login} failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error('login answered without a session cookie');
  return sessionFromCookie(app, cookie);
}
