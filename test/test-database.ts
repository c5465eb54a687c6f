import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type AppConfig } from '../src/server/config.js';

export interface TestDatabase {
  config: AppConfig;
  engine: 'sqlite' | 'postgres';
  /**
   * Runs `work` (building the app, which migrates) while no other test process drops a schema. Kysely's
   * migrator looks for its tables across every schema of the database, and PostgreSQL fails that scan
   * ("schema … does not exist") when a concurrent test file drops its own schema in the middle of it.
   */
  whileSchemasSteady<T>(work: () => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/** Advisory lock shared by migrations (shared mode) and schema drops (exclusive mode) of test runs. */
const SCHEMA_CHANGES_LOCK = 740_311;

/** Runs `work` holding the lock; `work` may use the lock's own connection for its statements. */
async function withAdvisoryLock<T>(databaseUrl: string, mode: 'shared' | 'exclusive', work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const suffix = mode === 'shared' ? '_shared' : '';
  try {
    await client.query(`select pg_advisory_lock${suffix}($1)`, [SCHEMA_CHANGES_LOCK]);
    return await work(client);
  } finally {
    // Closing the session releases the lock even if the unlock is never reached.
    await client.end();
  }
}

/**
 * A fresh, empty database for one test app: a new SQLite file in a temp directory, or, when DATABASE_URL
 * is set, a new schema in that PostgreSQL database. Runs never see each other's rows or collide.
 */
export async function createTestDatabase(overrides: Record<string, string> = {}): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-test-'));
  const databaseUrl = process.env.DATABASE_URL;
  const env = { DATA_DIR: dataDir, PUBLIC_URL: 'http://portico.test', LOG_LEVEL: 'silent', ...overrides };
  if (!databaseUrl) {
    const config = loadConfig(env);
    return {
      config,
      engine: 'sqlite',
      whileSchemasSteady: (work) => work(),
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  // The name carries its creation time, so schemas left behind by crashed runs can be recognised and dropped.
  const schema = `test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  await withAdvisoryLock(databaseUrl, 'exclusive', async (admin) => {
    await dropAbandonedSchemas(admin);
    // Search needs pg_trgm (migration 008). Created here, in public, so it is shared: a migration would
    // put it in its test schema, and dropping that schema would take every other schema's indexes with it.
    await admin.query('create extension if not exists pg_trgm');
    await admin.query(`create schema ${schema}`);
  });
  const config = { ...loadConfig({ ...env, DATABASE_URL: databaseUrl }), databaseSchema: schema };
  return {
    config,
    engine: 'postgres',
    whileSchemasSteady: (work) => withAdvisoryLock(databaseUrl, 'shared', () => work()),
    drop: async () => {
      await withAdvisoryLock(databaseUrl, 'exclusive', (client) => client.query(`drop schema if exists ${schema} cascade`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const ABANDONED_AFTER_SECONDS = 6 * 3600;

async function dropAbandonedSchemas(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ nspname: string }>("select nspname from pg_namespace where nspname like 'test\\_%'");
  const cutoff = Math.floor(Date.now() / 1000) - ABANDONED_AFTER_SECONDS;
  for (const { nspname } of rows) {
    const created = Number(/^test_(\d+)_[0-9a-f]+$/.exec(nspname)?.[1] ?? Number.NaN);
    // Schemas from before this naming scheme have no timestamp: they are abandoned by definition.
    if (Number.isNaN(created) || created < cutoff) await admin.query(`drop schema if exists "${nspname}" cascade`);
  }
}
