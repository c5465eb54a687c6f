import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, type KyselyConfig } from 'kysely';
import type { AppConfig } from '../config.js';
import type { Database } from './schema.js';
import { registerSearchWords } from './search-words.js';
import { SqliteRoutingDialect } from './sqlite/sqlite-driver.js';
import { SqliteReadPool } from './sqlite/sqlite-read-pool.js';
import { PostgresLanes } from './postgres-lanes.js';
import { parseTimestamp, parseTimestamptz } from './postgres-timestamps.js';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  destroy(): Promise<void>;
}

const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;
const PG_DATE = 1082;
const PG_INT8 = 20;
const PG_NUMERIC = 1700;

// Both engines hand timestamps to the app as ISO-8601 strings, so mapping code is engine-agnostic.
pg.types.setTypeParser(PG_TIMESTAMPTZ, parseTimestamptz);
pg.types.setTypeParser(PG_TIMESTAMP, parseTimestamp);
pg.types.setTypeParser(PG_DATE, (value) => value);
// Counts come back as int8; they fit comfortably in a JS number for this product's sizes.
pg.types.setTypeParser(PG_INT8, (value) => Number(value));
pg.types.setTypeParser(PG_NUMERIC, (value) => Number(value));

export function sqliteFilePath(config: Pick<AppConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'portico.db');
}

export interface OpenDatabaseOptions {
  /** Called for every executed statement (query counting in tests, slow-query logs). */
  log?: KyselyConfig['log'];
}

type DatabaseConfig = Pick<AppConfig, 'dataDir' | 'databaseUrl' | 'databaseSchema' | 'databaseStatementTimeoutMs' | 'databasePoolSize' | 'databaseAcquireTimeoutMs' | 'databasePreparedStatements' | 'sqliteReadThreads'>;

export function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): DatabaseHandle {
  const log = options.log ? { log: options.log } : {};
  if (config.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: config.databasePoolSize,
      // Containment: a slow statement is cancelled by the server, and a request that finds every
      // connection busy stops waiting; both become a 503 (db/database-errors.ts), never a hung request.
      statement_timeout: config.databaseStatementTimeoutMs,
      connectionTimeoutMillis: config.databaseAcquireTimeoutMs,
      // UTC sessions write timestamps in the form postgres-timestamps.ts reads without Date's slow parser.
      options: ['-c TimeZone=UTC', ...(config.databaseSchema ? [`-c search_path=${config.databaseSchema}`] : [])].join(' '),
    });
    // An idle connection the server drops (restart, failover) is discarded by the pool; without a
    // listener its 'error' event would end the process.
    pool.on('error', () => undefined);
    const lanes = new PostgresLanes(pool, {
      size: config.databasePoolSize,
      acquireTimeoutMs: config.databaseAcquireTimeoutMs,
      prepareStatements: config.databasePreparedStatements,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: lanes }), ...log });
    return { db, engine: 'postgres', destroy: () => db.destroy() };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const sqlite = new SQLite(sqliteFilePath(config));
  // WAL lets readers run beside the single writer; synchronous=FULL makes every acknowledged commit
  // survive power loss or kill -9 (NORMAL could lose the last transactions in WAL mode).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  registerSearchWords(sqlite);
  const readers = config.sqliteReadThreads > 0 ? new SqliteReadPool(sqliteFilePath(config), config.sqliteReadThreads, { deadlineMs: config.databaseStatementTimeoutMs }) : null;
  const db = new Kysely<Database>({ dialect: new SqliteRoutingDialect(sqlite, readers), ...log });
  return { db, engine: 'sqlite', destroy: () => db.destroy() };
}
