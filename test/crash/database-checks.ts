import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { AppConfig } from '../../src/server/config.js';
import { sqliteFilePath } from '../../src/server/db/database.js';

type DatabaseConfig = Pick<AppConfig, 'dataDir' | 'databaseUrl' | 'databaseSchema'>;

const POLL_MS = 10;

/** Opens the SQLite file read-only, so a check sees exactly what a crash left (the write-ahead log is read, not merged). */
function readSqlite<T>(config: DatabaseConfig, read: (sqlite: SQLite.Database) => T): T {
  const sqlite = new SQLite(sqliteFilePath(config), { readonly: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

/** SQLite: `PRAGMA integrity_check` of a stopped database; 'ok' when sound. PostgreSQL (or no file yet): null. */
export function sqliteIntegrity(config: DatabaseConfig): string | null {
  if (config.databaseUrl || !fs.existsSync(sqliteFilePath(config))) return null;
  return readSqlite(config, (sqlite) => (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; '));
}

function sqliteMigrationCount(config: DatabaseConfig): number {
  if (!fs.existsSync(sqliteFilePath(config))) return 0;
  return readSqlite(config, (sqlite) => {
    const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    return table ? (sqlite.prepare('select count(*) as n from kysely_migration').get() as { n: number }).n : 0;
  });
}

/** Looks at one server's database from outside, while the server starts or after it died. */
export class DatabaseProbe {
  private constructor(
    private readonly config: DatabaseConfig,
    private readonly applicationName: string,
    private readonly client: pg.Client | null,
  ) {}

  /** `applicationName`: the name the server's PostgreSQL connections carry (application_name). */
  static async open(config: DatabaseConfig, applicationName: string): Promise<DatabaseProbe> {
    const client = config.databaseUrl ? new pg.Client({ connectionString: config.databaseUrl }) : null;
    await client?.connect();
    return new DatabaseProbe(config, applicationName, client);
  }

  /** Whether the server has opened its database: the SQLite file exists, or one of its connections does. */
  async opened(): Promise<boolean> {
    if (!this.client) return fs.existsSync(sqliteFilePath(this.config));
    const { rows } = await this.client.query('select 1 from pg_stat_activity where application_name = $1', [this.applicationName]);
    return rows.length > 0;
  }

  /** How many migrations the database records as applied (0 when it has none yet). */
  async appliedMigrations(): Promise<number> {
    if (!this.client) return sqliteMigrationCount(this.config);
    const table = `${this.config.databaseSchema ?? 'public'}.kysely_migration`;
    const { rows } = await this.client.query<{ exists: boolean }>('select to_regclass($1) is not null as exists', [table]);
    if (!rows[0]?.exists) return 0;
    const counted = await this.client.query<{ n: string }>(`select count(*) as n from ${table}`);
    return Number(counted.rows[0]?.n);
  }

  /** Polls `condition` until it holds; throws if the server ends first. */
  async waitUntil(condition: () => Promise<boolean>, serverGone: Promise<void>, what: string): Promise<void> {
    let gone = false;
    void serverGone.then(() => (gone = true));
    while (!(await condition())) {
      if (gone) throw new Error(`the server stopped before ${what}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async close(): Promise<void> {
    await this.client?.end();
  }
}
