// `npm run test:crash`: kill -9 the real server at random moments, during writes and during a first start,
// and check that it restarts every time with every acknowledged write still there (issue #12).
// CRASH_CYCLES cycles (default 20); DATABASE_URL picks PostgreSQL; CRASH_SEED repeats a run's choices of moment.
import { migrations } from '../../src/server/db/migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../test-database.js';
import { DatabaseProbe, sqliteIntegrity } from './database-checks.js';
import { ServerProcess } from './server-process.js';
import { findMissing, StaffApi, startWriteLoad, type AcknowledgedWrite } from './write-load.js';

const ADMIN = { login: 'crash-admin', password: 'Lighthouse keeper on a crashing sea 7' };
const CLIENTS = 4;
/** The kill comes this long at most after the first acknowledged write of a cycle. */
const KILL_WITHIN_MS_OF_WRITES = 1000;
/**
 * One cycle in four kills a first start on a new, empty database (cycles 3, 7, 11…, so even a 3-cycle run
 * has one); the others kill a write load.
 */
const isFirstStartCycle = (cycle: number) => cycle % 4 === 3;
const MIGRATION_COUNT = Object.keys(migrations).length;

class CrashTestFailure extends Error {}

const cycles = Number(process.env.CRASH_CYCLES ?? 20);
if (!Number.isInteger(cycles) || cycles < 1) throw new Error(`CRASH_CYCLES must be a whole number from 1 (got "${process.env.CRASH_CYCLES}")`);
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const random = seededRandom(seed);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function seededRandom(state: number): () => number {
  // mulberry32: small and good enough to spread kill moments; seeded so a failing run's choices can be repeated.
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RunningServer {
  server: ServerProcess;
  url: string;
}

/** How long the parts of an undisturbed first start took, counted from the moment it opened the database. */
interface FirstStartTimes {
  migratedMs: number;
  healthyMs: number;
}

/** On PostgreSQL the server's connections carry a name, so the script sees when it opens its database. */
function applicationName(database: TestDatabase): string {
  return `portico-crash-${database.config.databaseSchema}`;
}

function startServer(database: TestDatabase): ServerProcess {
  const { dataDir, databaseUrl, databaseSchema } = database.config;
  const postgres = databaseUrl ? new URL(databaseUrl) : null;
  postgres?.searchParams.set('application_name', applicationName(database));
  return new ServerProcess({
    DATA_DIR: dataDir,
    ...(postgres ? { DATABASE_URL: postgres.toString(), DATABASE_SCHEMA: databaseSchema! } : {}),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PUBLIC_URL: 'http://portico.test',
    ADMIN_LOGIN: ADMIN.login,
    ADMIN_PASSWORD: ADMIN.password,
    DEMO_DATA: 'false',
    SERVE_WEB: 'false',
    SHUTDOWN_DRAIN_SECONDS: '0',
  });
}

/** Starts the server and waits until `untilHealthy` says it is; PostgreSQL test runs elsewhere must not drop schemas meanwhile. */
async function startHealthy<T>(database: TestDatabase, what: string, untilHealthy: (server: ServerProcess) => Promise<T>): Promise<T & { server: ServerProcess }> {
  const server = startServer(database);
  try {
    return { ...(await database.whileSchemasSteady(() => untilHealthy(server))), server };
  } catch (error) {
    await server.kill();
    throw new CrashTestFailure(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const restart = (database: TestDatabase, what: string): Promise<RunningServer> => startHealthy(database, what, async (server) => ({ url: await server.waitUntilHealthy() }));

/** The undisturbed first start of the write-load database, timed to know when to kill the other first starts. */
async function timedFirstStart(database: TestDatabase): Promise<RunningServer & FirstStartTimes> {
  const probe = await DatabaseProbe.open(database.config, applicationName(database));
  try {
    return await startHealthy(database, 'the first start', async (server) => {
      await probe.waitUntil(() => probe.opened(), server.exited, 'it opened its database');
      const openedAt = Date.now();
      await probe.waitUntil(async () => (await probe.appliedMigrations()) === MIGRATION_COUNT, server.exited, 'it migrated');
      const migratedMs = Date.now() - openedAt;
      const url = await server.waitUntilHealthy();
      return { url, migratedMs, healthyMs: Date.now() - openedAt };
    });
  } finally {
    await probe.close();
  }
}

function assertIntact(database: TestDatabase, when: string): void {
  const integrity = sqliteIntegrity(database.config);
  if (integrity !== null && integrity !== 'ok') throw new CrashTestFailure(`SQLite integrity check ${when}: ${integrity}`);
}

/**
 * Kills a first start on an empty database at a random moment after it opened the database, then starts it
 * again. Half the kills fall within the time the migrations took on the timed first start (plus a fifth), the
 * others anywhere up to when it answered health (building the routes, creating the initial admin).
 */
async function firstStartCycle(cycle: number, times: FirstStartTimes): Promise<void> {
  const database = await createTestDatabase();
  const probe = await DatabaseProbe.open(database.config, applicationName(database));
  try {
    const windowMs = random() < 0.5 ? times.migratedMs * 1.2 : times.healthyMs;
    const killAfterMs = Math.floor(random() * windowMs);
    await database.whileSchemasSteady(async () => {
      const server = startServer(database);
      await probe.waitUntil(() => probe.opened(), server.exited, 'it opened its database');
      await sleep(killAfterMs);
      await server.kill();
    });
    const applied = await probe.appliedMigrations();
    // Migrations run in one transaction: a kill leaves all of them applied or none.
    if (applied !== 0 && applied !== MIGRATION_COUNT) throw new CrashTestFailure(`cycle ${cycle}: the killed first start left ${applied} of ${MIGRATION_COUNT} migrations applied`);
    assertIntact(database, `after the kill in cycle ${cycle}`);
    const { server, url } = await restart(database, `cycle ${cycle}: the start after a killed first start`);
    await StaffApi.signIn(url, ADMIN.login, ADMIN.password);
    await server.stop();
    assertIntact(database, `after the restart in cycle ${cycle}`);
    console.log(`cycle ${cycle}: first start killed ${killAfterMs} ms after it opened the database, with ${applied}/${MIGRATION_COUNT} migrations applied; restart healthy, admin signs in`);
  } finally {
    await probe.close();
    await database.drop();
  }
}

/** Kills the server during a write load, restarts it and returns the restarted server and the writes it acknowledged. */
async function writeCycle(cycle: number, database: TestDatabase, running: RunningServer) {
  const load = startWriteLoad(await StaffApi.signIn(running.url, ADMIN.login, ADMIN.password), CLIENTS, `crash ${seed} cycle ${cycle}`);
  await Promise.race([load.firstAcknowledged, load.finished.then(() => Promise.reject(new CrashTestFailure(`cycle ${cycle}: the write load stopped before any write was acknowledged`)))]);
  const killAfterMs = Math.floor(random() * KILL_WITHIN_MS_OF_WRITES);
  await sleep(killAfterMs);
  await running.server.kill();
  await load.finished;
  assertIntact(database, `after the kill in cycle ${cycle}`);
  const restarted = await restart(database, `cycle ${cycle}: the restart`);
  const missing = await findMissing(await StaffApi.signIn(restarted.url, ADMIN.login, ADMIN.password), load.acknowledged);
  console.log(`cycle ${cycle}: killed ${killAfterMs} ms into the writes; ${load.acknowledged.length} acknowledged, restart healthy, ${missing.length} missing`);
  for (const write of missing.slice(0, 5)) console.log(`  missing: ${write.resource}/${write.id} (${write.label})`);
  return { restarted, acknowledged: load.acknowledged, missing };
}

async function run(): Promise<number> {
  console.log(`crash test on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}: ${cycles} cycles, seed ${seed}`);
  const startedAt = Date.now();
  const database = await createTestDatabase();
  const acknowledged: AcknowledgedWrite[] = [];
  let lost = 0;
  let completed = 0;
  let running: RunningServer | null = null;
  try {
    const firstStart = await timedFirstStart(database);
    running = firstStart;
    console.log(`first start: migrated ${firstStart.migratedMs} ms and healthy ${firstStart.healthyMs} ms after it opened the database`);
    for (let cycle = 1; cycle <= cycles; cycle++, completed++) {
      if (isFirstStartCycle(cycle)) {
        await firstStartCycle(cycle, firstStart);
        continue;
      }
      const result = await writeCycle(cycle, database, running);
      running = result.restarted;
      acknowledged.push(...result.acknowledged);
      lost += result.missing.length;
    }
    // A later crash must not have taken an earlier write either. A lost write never comes back, so this
    // count includes every one the cycles found missing.
    lost = (await findMissing(await StaffApi.signIn(running.url, ADMIN.login, ADMIN.password), acknowledged)).length;
    await running.server.stop();
    assertIntact(database, 'after the last stop');
  } catch (error) {
    if (!(error instanceof CrashTestFailure)) throw error;
    console.error(`FAILED: ${error.message}`);
    return 1;
  } finally {
    await running?.server.kill();
    await database.drop();
    console.log(`took ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    console.log(`${completed} cycles, ${acknowledged.length} acknowledged writes, ${lost} lost`);
  }
  return lost === 0 ? 0 : 1;
}

process.exitCode = await run();
