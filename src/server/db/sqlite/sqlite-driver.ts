import SQLite from 'better-sqlite3';
import { isMarked } from '../prepared-statements.js';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import type { SqliteReadPool } from './sqlite-read-pool.js';

/** One writer at a time on the main connection: a transaction holds it from begin to commit or rollback. */
class WriterLock {
  #tail: Promise<void> = Promise.resolve();

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise((resolve) => (release = resolve));
    await previous;
    return release;
  }
}

function runOnMain(db: SQLite.Database, statement: SQLite.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/**
 * A connection as Kysely sees it. Outside a transaction, read-only statements go to the reader threads
 * and writes take the writer lock for their one statement; inside a transaction everything runs on the
 * main connection under the lock, so the transaction reads its own writes.
 */
class RoutingConnection implements DatabaseConnection {
  release: (() => void) | null = null;

  constructor(
    private readonly driver: SqliteRoutingDriver,
    private readonly db: SQLite.Database,
    private readonly readers: SqliteReadPool | null,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.driver.prepared(compiled.sql);
    if (this.release) return runOnMain(this.db, statement, compiled.parameters) as QueryResult<R>;
    if (this.driver.keyLookups && statement.reader && statement.readonly && isMarked(compiled.sql)) {
      return { rows: this.driver.keyLookups.prepared(compiled.sql).all(compiled.parameters) as R[] };
    }
    if (this.readers && statement.reader && statement.readonly) {
      return { rows: (await this.readers.read(compiled.sql, compiled.parameters)) as R[] };
    }
    const release = await this.driver.writerLock.acquire();
    try {
      return runOnMain(this.db, statement, compiled.parameters) as QueryResult<R>;
    } finally {
      release();
    }
  }

  // eslint-disable-next-line require-yield -- Kysely's interface; Portico reads pages, never streams.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on SQLite.');
  }
}

/**
 * SQLite's schema changes are transactional (CREATE, ALTER and DROP roll back like any write), but Kysely
 * declares otherwise, so its migrator would run each step outside a transaction: a crash in the middle of
 * the first start then left half a schema that the next start could not get past ("table … already
 * exists"). Saying so lets the migrator run all pending migrations in one transaction: all or none.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** Kysely sends the same SQL text again and again with other parameters: prepared once per connection. */
class StatementCache {
  readonly #statements = new Map<string, SQLite.Statement>();

  constructor(
    private readonly db: SQLite.Database,
    private readonly capacity: number,
  ) {}

  get(sql: string): SQLite.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size >= this.capacity) this.#statements.clear();
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

/**
 * A read-only connection on the main thread for lookups by key (statements marked PREPARED: the session,
 * an API token, a user's access facts), which take microseconds: a reader thread would cost more in
 * passing the statement there and the rows back than the lookup itself. Read-only and outside the
 * writer's transactions, it sees committed data only, like the reader threads.
 */
class KeyLookupConnection {
  readonly #db: SQLite.Database;
  readonly #statements: StatementCache;

  constructor(file: string) {
    this.#db = new SQLite(file, { readonly: true, fileMustExist: true });
    this.#db.pragma('busy_timeout = 5000');
    this.#statements = new StatementCache(this.#db, 100);
  }

  prepared(sql: string): SQLite.Statement {
    return this.#statements.get(sql);
  }

  close(): void {
    this.#db.close();
  }
}

export class SqliteRoutingDriver implements Driver {
  readonly writerLock = new WriterLock();
  readonly keyLookups: KeyLookupConnection | null;
  // Preparing once also tells reads from writes.
  readonly #statements: StatementCache;

  constructor(
    private readonly db: SQLite.Database,
    private readonly readers: SqliteReadPool | null,
  ) {
    this.#statements = new StatementCache(db, 500);
    this.keyLookups = readers ? new KeyLookupConnection(db.name) : null;
  }

  async init(): Promise<void> {}

  prepared(sql: string): SQLite.Statement {
    return this.#statements.get(sql);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutingConnection(this, this.db, this.readers);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const routing = connection as RoutingConnection;
    routing.release = await this.writerLock.acquire();
    try {
      this.db.exec('begin');
    } catch (error) {
      this.#endTransaction(routing);
      throw error;
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      this.db.exec('commit');
    } finally {
      this.#endTransaction(connection as RoutingConnection);
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      this.db.exec('rollback');
    } finally {
      this.#endTransaction(connection as RoutingConnection);
    }
  }

  #endTransaction(connection: RoutingConnection) {
    connection.release?.();
    connection.release = null;
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    // A transaction always ends in commit or rollback; this only guards against a leaked lock.
    this.#endTransaction(connection as RoutingConnection);
  }

  async destroy(): Promise<void> {
    await this.readers?.close();
    this.keyLookups?.close();
    this.db.close();
  }
}

/** Kysely's SQLite dialect with the routing driver above. */
export class SqliteRoutingDialect implements Dialect {
  constructor(
    private readonly db: SQLite.Database,
    private readonly readers: SqliteReadPool | null,
  ) {}

  createDriver(): Driver {
    return new SqliteRoutingDriver(this.db, this.readers);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}
