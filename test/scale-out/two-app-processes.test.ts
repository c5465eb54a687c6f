import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/server/plugins/authentication.js';
import { startAppProcess, type AppProcess } from '../app-process.js';
import { createStaffUser, uniqueSuffix, type CreatedUser } from '../factories.js';
import { buildTestApp, type TestApp } from '../helpers.js';
import { startStallingSmtpSink, type StallingSmtpSink } from '../stalling-smtp-sink.js';

/**
 * Issue #12, scale-out: two real app processes (src/server/server.ts through tsx) on one PostgreSQL
 * database, behind no proxy, sending mail to one real SMTP server that stalls chosen messages for longer
 * than a worker's claim on them lasts.
 */
const databaseUrl = process.env.DATABASE_URL;
const CLAIM_SECONDS = 3;
/** More than two claim periods: without a renewed claim, the other process would take the mail over. */
const STALL_MS = 7000;
const MAILS = 20;
/** One: the process that is not waiting for it stays free to poll, and would take it over if it could. */
const STALLED = 1;
const MAIL_DOMAIN = 'service.test';

/** The connection string with the test's schema on the search path: how a separate process reaches it. */
function inSchema(url: string, schema: string): string {
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return withSchema.toString();
}

async function waitFor(what: string, condition: () => Promise<boolean> | boolean): Promise<void> {
  // Generous: a deadline only turns a hang into a readable failure, it measures nothing.
  const deadline = Date.now() + 25_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function request(process: AppProcess, method: 'GET' | 'POST', path: string, options: { cookie?: string; body?: unknown } = {}) {
  return fetch(`${process.url}${path}`, {
    method,
    headers: {
      ...(options.cookie ? { cookie: `${SESSION_COOKIE}=${options.cookie}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

const login = (process: AppProcess, user: CreatedUser, password = user.password) => request(process, 'POST', '/api/v1/auth/login', { body: { login: user.login, password } });

async function sessionOn(process: AppProcess, user: CreatedUser): Promise<string> {
  const response = await login(process, user);
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return cookie!.slice(SESSION_COOKIE.length + 1).split(';')[0]!;
}

describe.skipIf(!databaseUrl)('two app processes on one PostgreSQL database (issue #12)', () => {
  let t: TestApp;
  let sink: StallingSmtpSink;
  let admin: CreatedUser;
  let processes: AppProcess[] = [];

  beforeAll(async () => {
    // The test's own app migrates the fresh schema and writes users; it never runs its mail worker.
    t = await buildTestApp();
    sink = await startStallingSmtpSink({ stallsFirstMessageTo: (to) => to.startsWith('stall-'), stallMs: STALL_MS });
    admin = await createStaffUser(t.app, { role: 'admin' });
    const env = {
      DATABASE_URL: inSchema(databaseUrl!, t.database.config.databaseSchema!),
      DATABASE_POOL_SIZE: '4',
      // One DATA_DIR for both, as the shared volume of a deployment.
      DATA_DIR: t.database.config.dataDir,
      PUBLIC_URL: 'http://portico.test',
      SMTP_URL: sink.url,
      MAIL_FROM: `Portico <portal@${MAIL_DOMAIN}>`,
      MAIL_POLL_MS: '100',
      MAIL_CLAIM_SECONDS: String(CLAIM_SECONDS),
      SHUTDOWN_DRAIN_SECONDS: '0',
    };
    // Each process migrates at boot; meanwhile no other test file may drop its schema (test-database.ts).
    const started = await t.database.whileSchemasSteady(() => Promise.allSettled([startAppProcess(env), startAppProcess(env)]));
    processes = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    for (const result of started) if (result.status === 'rejected') throw result.reason;
  });

  afterAll(async () => {
    for (const running of processes) running.child.kill('SIGKILL');
    await Promise.all(processes.map((running) => running.exited));
    await sink?.close();
    await t?.close();
  });

  it('a session signed in on one process is valid on the other, and signing out on the other ends it', async () => {
    const [first, second] = processes as [AppProcess, AppProcess];
    const cookie = await sessionOn(first, admin);
    const me = await request(second, 'GET', '/api/v1/me', { cookie });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { login: string }).login).toBe(admin.login);
    expect((await request(second, 'POST', '/api/v1/auth/logout', { cookie })).status).toBe(204);
    expect((await request(first, 'GET', '/api/v1/me', { cookie })).status).toBe(401);
  });

  it('failed sign-ins counted on one process pause the same login on the other', async () => {
    const [first, second] = processes as [AppProcess, AppProcess];
    const user = await createStaffUser(t.app, { role: 'technician' });
    expect((await login(second, user)).status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) expect((await login(first, user, 'wrong-password-123')).status).toBe(401);
    const paused = await login(second, user);
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('delivers every queued mail exactly once, also the ones the SMTP server stalls past the claim', async () => {
    const [first, second] = processes as [AppProcess, AppProcess];
    const cookie = await sessionOn(first, admin);
    const users: CreatedUser[] = [];
    for (let i = 0; i < MAILS; i++) {
      const name = i < STALLED ? 'stall' : 'mail';
      users.push(await createStaffUser(t.app, { role: 'technician', login: `${name}-${i}-${uniqueSuffix()}@staff.test` }));
    }
    // Queued through both processes, while both workers poll.
    for (const [i, user] of users.entries()) {
      const through = i % 2 === 0 ? first : second;
      expect((await request(through, 'POST', `/api/v1/users/${user.user.id}/password-reset`, { cookie })).status).toBe(202);
    }
    const outbox = () => t.app.ctx.db.selectFrom('mail_outbox').select(['id', 'status']).where('kind', '=', 'password_reset').execute();
    await waitFor('every mail is sent and no stalled answer is outstanding', async () => {
      const rows = await outbox();
      return rows.length === MAILS && rows.every((row) => row.status === 'sent') && sink.stallsInProgress() === 0;
    });
    expect(sink.stalledRecipients.size).toBe(STALLED);
    const expected = (await outbox()).map((row) => `<${row.id}@${MAIL_DOMAIN}>`);
    expect([...sink.accepted].sort()).toEqual(expected.sort());
    expect(sink.discarded).toEqual([]);
  }, 40_000);

  it('a mail whose sender dies in the middle of a stalled send is delivered once by the other process', async () => {
    const [first, second] = processes as [AppProcess, AppProcess];
    // The second process is paused (between polls, so it holds no lock), so the first one claims the mail.
    second.child.kill('SIGSTOP');
    const cookie = await sessionOn(first, admin);
    const user = await createStaffUser(t.app, { role: 'technician', login: `stall-crash-${uniqueSuffix()}@staff.test` });
    expect((await request(first, 'POST', `/api/v1/users/${user.user.id}/password-reset`, { cookie })).status).toBe(202);
    await waitFor('the SMTP server stalls the mail', () => sink.stalledRecipients.has(user.login));
    first.child.kill('SIGKILL');
    await first.exited;
    second.child.kill('SIGCONT');
    const row = () => t.app.ctx.db.selectFrom('mail_outbox').select(['id', 'status']).where('to_address', '=', user.login).executeTakeFirstOrThrow();
    await waitFor('the other process sent the mail', async () => (await row()).status === 'sent');
    const messageId = `<${(await row()).id}@${MAIL_DOMAIN}>`;
    expect(sink.discarded).toEqual([messageId]);
    expect(sink.accepted.filter((id) => id === messageId)).toHaveLength(1);
  }, 40_000);
});

describe.skipIf(databaseUrl)('two app processes on one database', () => {
  it.skip('runs on PostgreSQL only (set DATABASE_URL): several app processes share one PostgreSQL database; SQLite is for one process', () => undefined);
});
