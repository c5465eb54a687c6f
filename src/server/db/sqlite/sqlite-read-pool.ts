import { Worker } from 'node:worker_threads';
import { StatementCosts } from '../statement-costs.js';

interface Pending {
  sql: string;
  parameters: readonly unknown[];
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
  /** When the statement at the head of its queue (the one running) started. */
  runningSince: number;
}

interface ReaderReply {
  id: number;
  /** The rows as arrays of values, in the order of `columns`. */
  columns?: string[];
  values?: unknown[][];
  ms?: number;
  error?: { message: string; code?: string; name?: string };
}

/** Rows as objects keyed by column name, as better-sqlite3 returns them (a later column of the same name wins). */
function rowObjects(columns: string[], values: unknown[][]): Record<string, unknown>[] {
  return values.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) object[columns[i]!] = row[i];
    return object;
  });
}

const WORKER_FILE = new URL('./read-worker.mjs', import.meta.url);

/** A statement whose last runs all took longer than this goes to the slow lane. */
export const SLOW_STATEMENT_MS = 10;

/** How often the deadline of running statements is checked. */
const WATCHDOG_MS = 100;

/**
 * Threads that run read-only statements on their own connections to the SQLite file. better-sqlite3 is
 * synchronous, so a slow read on the main thread stops every other request; here it only occupies a
 * reader. WAL mode lets the readers run beside the writer and see every committed write.
 *
 * The readers form two lanes so that slow reads never queue the quick ones (a session lookup, a health
 * check) behind them: each SQL text's recent runs decide its lane (StatementCosts). A text not seen before counts as
 * quick (a first health check must not wait behind heavy reads), but while one run of it is under way
 * further runs go to the slow lane: a burst of a dozen new heavy searches holds up the quick lane for one
 * search at most, and the deadline bounds that. A quick statement may borrow an idle slow-lane reader,
 * never the other way round.
 *
 * A statement that runs past `deadlineMs` is stopped the only way a synchronous SQLite call can be: its
 * thread is terminated and replaced. It fails with SQLITE_STATEMENT_TIMEOUT (answered 503, like
 * PostgreSQL's statement timeout); the statements queued behind it run on the new thread.
 */
export class SqliteReadPool {
  #fast: Reader[] = [];
  #slow: Reader[] = [];
  #costs = new StatementCosts(SLOW_STATEMENT_MS);
  #nextId = 1;
  #closed = false;
  readonly #file: string;
  readonly #deadlineMs: number;
  readonly #watchdog: NodeJS.Timeout;

  constructor(file: string, size: number, { deadlineMs = 5000 }: { deadlineMs?: number } = {}) {
    this.#file = file;
    this.#deadlineMs = deadlineMs;
    for (let i = 0; i < size; i++) {
      // With one reader there is one lane; with more, the first half serves the quick statements.
      const lane = size > 1 && i >= Math.ceil(size / 2) ? this.#slow : this.#fast;
      lane.push(this.#startReader());
    }
    this.#watchdog = setInterval(() => this.#enforceDeadline(), WATCHDOG_MS);
    this.#watchdog.unref();
  }

  #enforceDeadline() {
    const now = performance.now();
    for (const lane of [this.#fast, this.#slow]) {
      for (const [index, reader] of lane.entries()) {
        if (reader.pending.size === 0 || now - reader.runningSince <= this.#deadlineMs) continue;
        const [running, ...queued] = [...reader.pending.values()];
        reader.pending.clear();
        reader.worker.removeAllListeners();
        void reader.worker.terminate();
        const replacement = this.#startReader();
        lane[index] = replacement;
        this.#costs.record(running!.sql, now - reader.runningSince);
        running!.reject(Object.assign(new Error(`The read took longer than ${this.#deadlineMs} ms and was stopped.`), { code: 'SQLITE_STATEMENT_TIMEOUT' }));
        for (const pending of queued) this.#post(replacement, pending);
      }
    }
  }

  #startReader(): Reader {
    // The worker is plain JavaScript: without the parent's flags it skips loading tsx's loader, which
    // took most of its ~300 ms start under tsx.
    const worker = new Worker(WORKER_FILE, { workerData: { file: this.#file }, execArgv: [] });
    const reader: Reader = { worker, pending: new Map(), runningSince: performance.now() };
    // An idle reader must not keep the process alive; one with work in flight must.
    worker.unref();
    worker.on('message', (message: ReaderReply) => this.#settle(reader, message));
    worker.on('error', (error) => this.#failAll(reader, error));
    worker.on('exit', () => this.#failAll(reader, new Error('A database reader thread stopped.')));
    return reader;
  }

  #settle(reader: Reader, message: ReaderReply) {
    const pending = reader.pending.get(message.id);
    if (!pending) return;
    reader.pending.delete(message.id);
    reader.runningSince = performance.now();
    if (reader.pending.size === 0) reader.worker.unref();
    if (message.ms !== undefined) this.#costs.record(pending.sql, message.ms);
    if (message.error) pending.reject(Object.assign(new Error(message.error.message), { code: message.error.code, name: message.error.name ?? 'Error' }));
    else pending.resolve(rowObjects(message.columns ?? [], message.values ?? []));
  }

  #failAll(reader: Reader, error: Error) {
    for (const pending of reader.pending.values()) pending.reject(error);
    reader.pending.clear();
  }

  /** Whether this SQL text goes to the slow lane (StatementCosts.isSlow; queued runs count as under way). */
  isSlow(sql: string): boolean {
    return this.#costs.isSlow(sql, (text) => [...this.#fast, ...this.#slow].some((reader) => [...reader.pending.values()].some((pending) => pending.sql === text)));
  }

  #pick(sql: string): Reader {
    const leastBusy = (readers: Reader[]) => readers.reduce((best, r) => (r.pending.size < best.pending.size ? r : best));
    if (this.#slow.length === 0 || this.isSlow(sql)) return leastBusy(this.#slow.length ? this.#slow : this.#fast);
    const fast = leastBusy(this.#fast);
    if (fast.pending.size === 0) return fast;
    const idleSlow = this.#slow.find((r) => r.pending.size === 0);
    return idleSlow ?? fast;
  }

  /** Runs one read-only statement on a reader of its lane. */
  read(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    if (this.#closed) return Promise.reject(new Error('The database is closed.'));
    const reader = this.#pick(sql);
    return new Promise((resolve, reject) => this.#post(reader, { sql, parameters, resolve, reject }));
  }

  #post(reader: Reader, pending: Pending) {
    const id = this.#nextId++;
    if (reader.pending.size === 0) {
      reader.worker.ref();
      reader.runningSince = performance.now();
    }
    reader.pending.set(id, pending);
    reader.worker.postMessage({ id, sql: pending.sql, parameters: pending.parameters });
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#watchdog);
    await Promise.all([...this.#fast, ...this.#slow].map((r) => r.worker.terminate()));
  }
}
