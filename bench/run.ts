/**
 * `npm run bench`: the portal's list performance per customer shape (issue #9, SPEC §7) on a generated
 * dataset (default 10k customers / 1M assets plus the named shapes), on SQLite or, with DATABASE_URL,
 * PostgreSQL. The dataset is generated once and reused. See docs/performance.md.
 *
 *   BENCH_CUSTOMERS=10000 BENCH_ASSETS_PER_CUSTOMER=100 BENCH_ROUNDS=3 BENCH_ITERATIONS=200 npm run bench
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { generateDataset, type BenchFixture } from './dataset/generate.js';
import { SHAPE_NAMES } from './dataset/shapes.js';
import { createSession, httpGetAs, StatusTally, type HttpGet } from './http-client.js';
import { measureContainment } from './containment.js';
import { startAppProcess, type AppProcess } from '../test/app-process.js';
import { medianOfRuns, runAutocannon, startHelloWorld, type LoadResult } from './http-load.js';
import { sample, samplePairs, summarize, type Budget } from './measure.js';
import { evaluate, growthOf, printReport, writeResult, type BenchResult, type ProbeResult } from './report.js';
import { buildProbes, cursorOfPage, type Probe, type Viewer } from './shapes.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
type DatasetSize = { customers: number; assetsPerCustomer: number };
const size: DatasetSize = { customers: env('BENCH_CUSTOMERS', 10_000), assetsPerCustomer: env('BENCH_ASSETS_PER_CUSTOMER', 100) };
/**
 * The small dataset of the growth ratio (10k bulk assets by default), measured in the same run so both ends
 * see the same machine: p99s of a few milliseconds compared across days swung with the day, not the data.
 * 0, or the run's own size, measures no small dataset (growth then compares with another run's file).
 */
const growthSize: DatasetSize = { customers: env('BENCH_GROWTH_CUSTOMERS', 100), assetsPerCustomer: size.assetsPerCustomer };
const rounds = env('BENCH_ROUNDS', 3);
const budget: Budget = { iterations: env('BENCH_ITERATIONS', 200), maxMs: env('BENCH_ROUND_MS', 3000), minSamples: 3 };
/** One call is enough to fill caches and JIT a full scan; fast queries get twenty. */
const warmUp: Budget = { iterations: 20, maxMs: 1000, minSamples: 1 };
/** Seconds per autocannon run; 0 skips the load runs. */
const loadSeconds = env('BENCH_LOAD_SECONDS', 10);
const DEEP_PAGE = 200;
/**
 * A search still heavy at 1M assets: "pump " (with its space, which the word index does not answer) sorts
 * its 40k matches by name, all under P. "pump" alone comes from the word index in milliseconds.
 */
const HEAVY_SEARCH = '/api/v1/assets?limit=50&q=pump%20';

/** Issue #9: twelve concurrent heavy searches must not stall the health check. */
const CONTAINMENT_CLIENTS = 12;
const CONTAINMENT_SECONDS = env('BENCH_CONTAINMENT_SECONDS', 10);
/** `DATABASE_PREPARED_STATEMENTS=false npm run bench` measures the app without prepared statements (an A/B). */
function preparedStatementsSetting(): Record<string, string> {
  const value = process.env.DATABASE_PREPARED_STATEMENTS;
  return value === undefined ? {} : { DATABASE_PREPARED_STATEMENTS: value };
}

/** In the directory and schema names so a dataset of an older generator is never reused. */
const labelOf = (of: DatasetSize) => `v2_${of.customers}x${of.assetsPerCustomer}`;

async function openApp(databaseUrl: string | undefined, of: DatasetSize) {
  const label = labelOf(of);
  const dataDir = path.resolve((of === size ? process.env.BENCH_DATA_DIR : undefined) ?? `bench/.data/${label}`);
  const schema = databaseUrl ? `bench_${label}` : undefined;
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    // pg_trgm in public, shared, as the tests create it: made by the migration, it would land in the bench's
    // schema, and every later schema's search index would point into it (a one-schema dump then cannot restore).
    await admin.query('create extension if not exists pg_trgm');
    await admin.query(`create schema if not exists ${schema}`);
    await admin.end();
  }
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...preparedStatementsSetting() }), databaseSchema: schema, serveWeb: false };
  const app = await buildApp(config, { logger: false });
  return { app, schema, marker: path.join(dataDir, `${databaseUrl ? 'postgres' : 'sqlite'}-fixture.json`), where: databaseUrl ? `schema ${schema}` : dataDir };
}

/**
 * The state autovacuum keeps a live system in: fresh planner statistics and, on PostgreSQL, vacuumed
 * tables. A freshly loaded table has no visibility map (no index-only scans) and unset hint bits, and each
 * search index holds its new entries in an unsorted pending list that every search reads through (5,000
 * entries on the assets index at 1M: "chiller" as a consolidated account 23 → 19 ms once vacuumed). The
 * bench cannot count on autovacuum: a test server may run without it.
 */
async function settleAfterGenerating(db: Kysely<Database>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ table: string }>`select tablename as "table" from pg_tables where schemaname = current_schema()`.execute(db);
    for (const { table } of rows) await sql`vacuum (analyze) ${sql.table(table)}`.execute(db);
    return;
  }
  await sql`analyze`.execute(db);
}

async function loadOrGenerate(app: Awaited<ReturnType<typeof openApp>>['app'], marker: string, where: string, of: DatasetSize): Promise<BenchFixture> {
  if (fs.existsSync(marker)) {
    console.log(`Reusing the ${labelOf(of)} dataset in ${where}`);
    return JSON.parse(fs.readFileSync(marker, 'utf8')) as BenchFixture;
  }
  console.log(`Generating ${of.customers.toLocaleString('en')} customers × ${of.assetsPerCustomer} assets and the shapes on ${app.ctx.engine}…`);
  const fixture = await generateDataset(app.ctx.db, of, console.log);
  await settleAfterGenerating(app.ctx.db);
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, JSON.stringify(fixture));
  return fixture;
}

/**
 * Rounds outermost, so every probe sees the same stretches of machine noise. A probe that throws (an SQL
 * error, an HTTP 500) is reported as failed with its error and not run again.
 */
async function measureProbes(probes: Probe[]): Promise<ProbeResult[]> {
  const samples = probes.map(() => [] as number[][]);
  const errors = new Map<number, string>();
  const timeOne = async (i: number, b: Budget) => {
    const p = probes[i]!;
    if (errors.has(i)) return;
    try {
      const taken = await (p.baseline ? samplePairs(p.baseline, p.run, b) : sample(p.run, b));
      if (b !== warmUp) samples[i]!.push(taken);
    } catch (error) {
      errors.set(i, error instanceof Error ? error.message.split('\n')[0]! : String(error));
      console.log(`  FAILED ${p.layer} ${p.name}: ${errors.get(i)}`);
    }
  };
  for (const i of probes.keys()) await timeOne(i, warmUp);
  for (let r = 0; r < rounds; r++) {
    console.log(`  round ${r + 1}/${rounds}`);
    for (const i of probes.keys()) await timeOne(i, budget);
  }
  return probes.map((p, i) => ({ name: p.name, layer: p.layer, group: p.group, ...summarize(samples[i]!), ...(errors.has(i) ? { error: errors.get(i) } : {}) }));
}

const PORTAL_LIST = '/api/v1/assets?limit=50';

/**
 * PostgreSQL: the server as deployed on this machine, APP_PROCESSES = its cores, started as `npm start`
 * starts it (a process of its own) on the bench's schema.
 */
async function startAppProcesses(databaseUrl: string, schema: string): Promise<AppProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-bench-'));
  // No drain: nothing balances load onto it; the files directory goes once the processes have ended.
  const processes = String(os.availableParallelism());
  const server = await startAppProcess({
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: schema,
    APP_PROCESSES: processes,
    HOST: '127.0.0.1',
    SHUTDOWN_DRAIN_SECONDS: '0',
    ...preparedStatementsSetting(),
  });
  void server.exited.then(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  for (let waited = 0; !server.output().includes(`all ${processes} app processes are listening`); waited += 100) {
    if (waited > 60_000) throw new Error(`the app processes did not all start: ${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server;
}

/**
 * The load runs, `rounds` times interleaved (hello world, one process, several processes, at each
 * concurrency), reported as the median of each: the machine is shared, and neighbours come and go.
 */
async function loadRuns(baseUrl: string, cookie: string, appProcesses: AppProcess | null): Promise<LoadResult[]> {
  if (loadSeconds <= 0) return [];
  const hello = await startHelloWorld();
  const runs: LoadResult[] = [];
  const processesLabel = `portal, ${os.availableParallelism()} processes`;
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const connections of [10, 50]) {
        console.log(`  round ${round}: autocannon c=${connections}, ${loadSeconds} s each: hello world, portal list${appProcesses ? `, ${processesLabel}` : ''}`);
        runs.push(await runAutocannon('hello world', hello.url, connections, loadSeconds));
        runs.push(await runAutocannon('portal', `${baseUrl}${PORTAL_LIST}`, connections, loadSeconds, { cookie }));
        if (appProcesses) runs.push(await runAutocannon(processesLabel, `${appProcesses.url}${PORTAL_LIST}`, connections, loadSeconds, { cookie }));
      }
    }
  } finally {
    await hello.close();
  }
  const keys = [...new Set(runs.map((r) => `${r.target}|${r.connections}`))];
  return keys.map((key) => medianOfRuns(runs.filter((r) => `${r.target}|${r.connections}` === key)));
}

function commitOf(): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+dirty' : ''}`;
}

const viewers: Viewer[] = [...SHAPE_NAMES, 'staff'];

/** A dataset opened for measuring: its app listening on a port, a session per viewer, their HTTP clients. */
async function openDataset(databaseUrl: string | undefined, of: DatasetSize, tally: StatusTally) {
  const { app, schema, marker, where } = await openApp(databaseUrl, of);
  const { db } = app.ctx;
  const fixture = await loadOrGenerate(app, marker, where, of);
  const sessions = await Promise.all(viewers.map((v) => createSession(db, v === 'staff' ? fixture.staffUserId : fixture.shapes[v].userId)));
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const http = Object.fromEntries(viewers.map((v, i) => [v, httpGetAs(baseUrl, sessions[i]!.cookie, tally)])) as Record<Viewer, HttpGet>;
  const count = async (table: 'assets' | 'work_orders') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const close = async () => {
    for (const session of sessions) await session.end();
    await app.close();
  };
  return { app, db, schema, fixture, sessions, baseUrl, http, count, close };
}

/**
 * The growth phase: the portal lists of the run's dataset and of the small one, interleaved round by round
 * after the main phase (which runs alone, as before there was a second dataset in the process).
 */
async function growthProbes(large: Probe[], small: Awaited<ReturnType<typeof openDataset>>): Promise<Probe[]> {
  const smallProbes = await buildProbes({ db: small.db, fixture: small.fixture, http: small.http, deepCursor: '' });
  const portal = (probes: Probe[], group: 'growth_large' | 'growth_small') => probes.filter((p) => p.group === 'portal').map((p) => ({ ...p, group }));
  return [...portal(large, 'growth_large'), ...portal(smallProbes, 'growth_small')];
}

async function main() {
  // Taken before measuring: the code under test is what was checked out when the run began.
  const commit = commitOf();
  const loadBefore = os.loadavg()[0]!;
  const databaseUrl = process.env.DATABASE_URL;
  const tally = new StatusTally();
  const large = await openDataset(databaseUrl, size, tally);
  const { app, schema, sessions, baseUrl, http } = large;

  console.log(`Following nextCursor to page ${DEEP_PAGE} of the staff asset list…`);
  const deepCursor = await cursorOfPage(http.staff, DEEP_PAGE);
  const probes = await buildProbes({ db: large.db, fixture: large.fixture, http, deepCursor });
  console.log(`Measuring ${probes.length} probes, ${rounds} rounds of ≤ ${budget.iterations} samples / ≤ ${budget.maxMs} ms each…`);
  const probeResults = await measureProbes(probes);
  const small = growthSize.customers > 0 && growthSize.customers !== size.customers ? await openDataset(databaseUrl, growthSize, tally) : null;
  if (small) {
    const growth = await growthProbes(probes, small);
    console.log(`Growth: ${growth.length} portal lists on ${labelOf(size)} and ${labelOf(growthSize)}, interleaved…`);
    probeResults.push(...(await measureProbes(growth)));
  }
  const growthDataset = small ? { ...growthSize, assets: await small.count('assets') } : undefined;
  await small?.close();
  const appProcesses = databaseUrl && schema && loadSeconds > 0 ? await startAppProcesses(databaseUrl, schema) : null;
  const load = await loadRuns(baseUrl, sessions[viewers.indexOf('all_in_scope')]!.cookie, appProcesses).finally(() => appProcesses?.child.kill('SIGTERM'));
  console.log(`  containment: ${CONTAINMENT_CLIENTS} heavy staff searches at once for ${CONTAINMENT_SECONDS} s, health timed meanwhile`);
  const containment = await measureContainment(http.staff, http.staff, HEAVY_SEARCH, CONTAINMENT_CLIENTS, CONTAINMENT_SECONDS);

  const result: BenchResult = {
    date: new Date().toISOString().slice(0, 10),
    commit,
    engine: app.ctx.engine,
    machine: { cpus: os.availableParallelism(), memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`, node: process.version, loadAverage: [loadBefore, os.loadavg()[0]!] },
    dataset: { ...size, assets: await large.count('assets'), workOrders: await large.count('work_orders') },
    ...(growthDataset ? { growthDataset } : {}),
    probes: probeResults,
    load,
    containment,
    http: { requests: tally.count(() => true), non2xx: tally.non2xx, server5xx: tally.server5xx, statuses: Object.fromEntries(tally.counts) },
  };
  await large.close();

  const growth = growthOf(result);
  printReport(result, growth, evaluate(result, growth), console.log);
  console.log(`\nWritten to ${path.relative(process.cwd(), writeResult(result))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
