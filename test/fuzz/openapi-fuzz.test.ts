/**
 * Issue #11: every operation of the OpenAPI document, fuzzed as anonymous, as a portal user and as a staff
 * admin, with valid-looking requests and malformed variants of them (control characters, wrong types,
 * huge and edge numbers, ids that are not UUIDs or belong to nothing, forged cursors, unknown fields,
 * missing fields, deep JSON, broken bodies, forged credentials). Every answer must be a status the
 * document lists for the operation, never a 5xx, with a body matching the documented schema.
 *
 * Reproducible: FUZZ_SEED picks the seed (fixed by default), FUZZ_RUNS the requests per operation and caller,
 * FUZZ_OPERATION (e.g. "PUT /api/v1/notification-preferences") runs only the operations whose key contains it.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { SESSION_COOKIE } from '../../src/server/plugins/authentication.js';
import type { Session } from '../helpers.js';
import { injectOptions } from './fuzz-request.js';
import { FuzzTally } from './fuzz-tally.js';
import { buildFuzzWorld, signInAgain, type FuzzWorld } from './fuzz-world.js';
import { operationsOf, type Operation, type Schema } from './operations.js';
import { requestArbitrary } from './request-arbitrary.js';
import { responseChecker } from './response-check.js';

const SEED = Number(process.env.FUZZ_SEED ?? 11_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 45);
const ONLY = process.env.FUZZ_OPERATION;
/** Operations that hash a password (~50 ms each at OWASP cost) get a tenth of the runs: still exercised, not the whole budget. */
const HASHING = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/login/mfa', 'POST /api/v1/auth/password', 'POST /api/v1/auth/activate', 'POST /api/v1/auth/password-reset/confirm', 'DELETE /api/v1/me/mfa', 'POST /api/v1/me/mfa/recovery-codes', 'POST /api/v1/users/invitations', 'POST /api/v1/users']);
/** Each upload stores a file: a few are enough to exercise the route. */
const GROWING = new Set(['POST /api/v1/files']);

/** Requests in flight at once: the database waits of one overlap the work of the others. */
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 16);

type Caller = 'anonymous' | 'portal' | 'admin';

let world: FuzzWorld;
let document: Schema;
const sessions: Partial<Record<Caller, Session>> = {};

beforeAll(async () => {
  world = await buildFuzzWorld();
  document = world.story.app.swagger();
  sessions.portal = world.portal.session;
  sessions.admin = world.admin;
}, 120_000);
afterAll(() => world?.story.close());

function runsFor(operation: Operation): number {
  if (HASHING.has(operation.key) || GROWING.has(operation.key)) return Math.max(3, Math.ceil(RUNS / 10));
  return RUNS;
}

/** Reads before writes before deletes, so a caller's world is still there for most of its requests. */
const METHOD_ORDER = { get: 0, put: 1, patch: 1, post: 1, delete: 2 };

/** A different, fixed seed for each operation and caller: one batch can be replayed without the others. */
function seedFor(caller: Caller, operation: Operation): number {
  let hash = SEED | 0;
  for (const char of `${caller} ${operation.key}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

const resolver = (doc: Schema) => (schema: Schema) => {
  const ref: string | undefined = schema?.$ref;
  if (!ref?.startsWith('#/')) return schema;
  return ref.slice(2).split('/').reduce((node: Schema, key) => node?.[key], doc) ?? {};
};

/** A fuzzed request may end the caller's session (sign-out): sign in again so the next batch still runs as that caller. */
async function keepSignedIn(caller: Caller): Promise<void> {
  const session = sessions[caller];
  if (!session || caller === 'anonymous') return;
  if ((await session.get('/api/v1/me')).statusCode === 200) return;
  sessions[caller] = await signInAgain(world, caller);
}

it('fuzzes every operation of the OpenAPI document: no 5xx, only documented statuses and bodies', async () => {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const operations = operationsOf(document)
    .filter((o) => !ONLY || o.key.includes(ONLY))
    .sort((a, b) => METHOD_ORDER[a.method] - METHOD_ORDER[b.method]);
  const check = responseChecker(document);
  const resolve = resolver(document);
  const tally = new FuzzTally();
  for (const caller of ['anonymous', 'portal', 'admin'] as const) {
    for (const operation of operations) {
      const samples = fc.sample(requestArbitrary(operation, world.idSource, resolve), { seed: seedFor(caller, operation), numRuns: runsFor(operation) });
      const cookie = caller === 'anonymous' ? undefined : `${SESSION_COOKIE}=${sessions[caller]!.cookie}`;
      for (let first = 0; first < samples.length; first += CONCURRENCY) {
        const chunk = samples.slice(first, first + CONCURRENCY);
        const responses = await Promise.all(chunk.map((request) => world.story.app.inject(injectOptions(operation, request, cookie))));
        responses.forEach((response, i) => tally.record(caller, operation, chunk[i]!, response, check(operation, response)));
      }
      await keepSignedIn(caller);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `${tally.requests} fuzz requests on ${world.story.t.database.engine} in ${seconds.toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU), ` +
      `seed ${SEED}, ${RUNS} runs per operation and caller; ${tally.summary()}`,
  );
  const report = tally.report();
  // The assertion's diff is cut short by the runner; FUZZ_REPORT=<file> keeps every failing batch.
  if (process.env.FUZZ_REPORT) fs.writeFileSync(process.env.FUZZ_REPORT, report.join('\n'));
  expect(report, `reproduce with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} (FUZZ_REPORT=<file> keeps every failure)`).toEqual([]);
  // Not vacuous: with the default runs, the requests reached most handlers, not only validation.
  if (RUNS >= 20 && !ONLY) {
    expect(tally.succeeded.get('admin')?.size ?? 0).toBeGreaterThan(operations.length * 0.75);
    expect(tally.succeeded.get('portal')?.size ?? 0).toBeGreaterThan(operations.length * 0.3);
  }
}, 600_000);

it('self-test: the checker refuses a body another operation documents, and a status the operation does not list', async () => {
  const operations = new Map(operationsOf(document).map((o) => [o.key, o]));
  const check = responseChecker(document);
  const customer = await sessions.admin!.get(`/api/v1/customers/${world.ids.customers![1]}`);
  expect(customer.statusCode).toBe(200);
  expect(check(operations.get('GET /api/v1/customers/{id}')!, customer)).toBeNull();
  expect(check(operations.get('GET /api/v1/sites/{id}')!, customer)).toMatch(/body the document does not describe/);
  expect(check(operations.get('DELETE /api/v1/customers/{id}')!, customer)).toMatch(/200, which the document does not list/);
});
