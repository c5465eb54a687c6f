import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type AppConfig } from '../src/server/config.js';

export interface TestDatabase {
  config: AppConfig;
  engine: 'sqlite' | 'postgres';
  drop(): Promise<void>;
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
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const config = { ...loadConfig({ ...env, DATABASE_URL: databaseUrl }), databaseSchema: schema };
  return {
    config,
    engine: 'postgres',
    drop: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
