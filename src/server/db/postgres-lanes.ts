import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { runStatement } from './prepared-statements.js';
import { StatementCosts } from './statement-costs.js';

/** A statement whose last runs all took longer than this counts as slow (a list page takes 2–15 ms). */
export const SLOW_STATEMENT_MS = 50;

/** Thrown when a slow statement waited the acquire timeout for its lane; answered 503 like a pool timeout. */
export const SLOW_LANE_TIMEOUT = 'PORTICO_SLOW_LANE_TIMEOUT';

/** How many of a pool's connections slow statements may hold at once: a third, at least one. */
export function slowLaneSize(poolSize: number): number {
  return Math.max(1, Math.floor(poolSize / 3));
}

/**
 * The PostgreSQL pool in two lanes, so that a burst of heavy statements (a dozen staff searches over a
 * million assets) never holds every connection: a session lookup or a health check always finds one.
 * A statement that has been slow lately (StatementCosts), a new one while another run of it is still
 * going, or one while the identical run (same parameters) is still going, may run only while fewer than `slowLaneSize` slow statements run; otherwise it waits for its
 * turn without holding a connection, up to the acquire timeout (then 503 database_busy). Every other
 * statement takes any free connection.
 *
 * Kysely takes a connection before it knows the statement, so the lane is chosen at the first statement
 * of that connection: a slow one hands the connection back while it waits for its turn.
 */
export class PostgresLanes implements PostgresPool {
  readonly costs = new StatementCosts(SLOW_STATEMENT_MS);
  readonly #pool: pg.Pool;
  readonly #slowLane: Lane;
  readonly #prepare: boolean;

  constructor(pool: pg.Pool, options: { size: number; acquireTimeoutMs: number; prepareStatements?: boolean }) {
    this.#pool = pool;
    this.#slowLane = new Lane(slowLaneSize(options.size), options.acquireTimeoutMs);
    this.#prepare = options.prepareStatements ?? true;
  }

  async connect(): Promise<PostgresPoolClient> {
    return new LaneClient(await this.#pool.connect(), this.#pool, this.costs, this.#slowLane, this.#prepare);
  }

  end(): Promise<void> {
    return this.#pool.end();
  }
}

/** A counting semaphore whose waiters give up after `timeoutMs`. */
class Lane {
  #free: number;
  #waiting: (() => void)[] = [];

  constructor(
    size: number,
    readonly timeoutMs: number,
  ) {
    this.#free = size;
  }

  enter(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiting = this.#waiting.filter((w) => w !== admit);
        reject(Object.assign(new Error('All connections for slow statements are busy.'), { code: SLOW_LANE_TIMEOUT }));
      }, this.timeoutMs);
      this.#waiting.push(admit);
    });
  }

  leave(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }
}

class LaneClient implements PostgresPoolClient {
  /** Null while it waits for the slow lane (and after a failed wait): it then holds no connection. */
  #client: pg.PoolClient | null;
  #used = false;
  #inSlowLane = false;

  constructor(
    client: pg.PoolClient,
    readonly pool: pg.Pool,
    readonly costs: StatementCosts,
    readonly slowLane: Lane,
    readonly prepare: boolean,
  ) {
    this.#client = client;
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query(cursor: never): never;
  async query<R>(sql: string, parameters: ReadonlyArray<unknown> = []): Promise<PostgresQueryResult<R>> {
    // Writing out the parameters (a thousand customer ids, say) is only worth it where twins matter.
    const runKey = this.costs.isTrivial(sql) ? sql : runKeyOf(sql, parameters);
    if (!this.#used) {
      this.#used = true;
      if (this.costs.isSlowRun(sql, runKey)) await this.#moveToSlowLane();
    }
    if (!this.#client) throw new Error('This connection was not acquired.');
    this.costs.started(sql, runKey);
    const started = performance.now();
    try {
      return (await runStatement(this.#client, sql, parameters as unknown[], this.prepare)) as unknown as PostgresQueryResult<R>;
    } finally {
      // Failed runs count too: a statement the timeout cancels is the slowest of all.
      this.costs.finished(sql, performance.now() - started, runKey);
    }
  }

  async #moveToSlowLane(): Promise<void> {
    this.#client!.release();
    this.#client = null;
    await this.slowLane.enter();
    this.#inSlowLane = true;
    try {
      this.#client = await this.pool.connect();
    } catch (error) {
      this.#inSlowLane = false;
      this.slowLane.leave();
      throw error;
    }
  }

  release(): void {
    this.#client?.release();
    this.#client = null;
    if (this.#inSlowLane) this.slowLane.leave();
    this.#inSlowLane = false;
  }
}

/** The statement with its parameters; one that cannot be written out (a BigInt) is never taken for a twin. */
function runKeyOf(sql: string, parameters: ReadonlyArray<unknown>): string {
  try {
    return `${sql}\u0000${JSON.stringify(parameters)}`;
  } catch {
    return `${sql}\u0000${performance.now()}:${Math.random()}`;
  }
}
