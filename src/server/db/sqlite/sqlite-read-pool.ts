import { Worker } from 'node:worker_threads';

interface Pending {
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
}

const WORKER_FILE = new URL('./read-worker.mjs', import.meta.url);

/**
 * Threads that run read-only statements on their own connections to the SQLite file. better-sqlite3 is
 * synchronous, so a slow read on the main thread stops every other request (health checks included);
 * here it only occupies one reader while the main thread keeps serving. WAL mode lets the readers run
 * beside the writer and see every committed write.
 */
export class SqliteReadPool {
  #readers: Reader[] = [];
  #nextId = 1;
  #closed = false;

  constructor(file: string, size: number) {
    for (let i = 0; i < size; i++) this.#readers.push(this.#startReader(file));
  }

  #startReader(file: string): Reader {
    const worker = new Worker(WORKER_FILE, { workerData: { file } });
    const reader: Reader = { worker, pending: new Map() };
    // An idle reader must not keep the process alive; one with work in flight must.
    worker.unref();
    worker.on('message', (message: { id: number; rows?: unknown[]; error?: { message: string; code?: string; name?: string } }) => {
      const pending = reader.pending.get(message.id);
      if (!pending) return;
      reader.pending.delete(message.id);
      if (reader.pending.size === 0) worker.unref();
      if (message.error) pending.reject(Object.assign(new Error(message.error.message), { code: message.error.code, name: message.error.name ?? 'Error' }));
      else pending.resolve(message.rows ?? []);
    });
    worker.on('error', (error) => this.#failAll(reader, error));
    worker.on('exit', () => this.#failAll(reader, new Error('A database reader thread stopped.')));
    return reader;
  }

  #failAll(reader: Reader, error: Error) {
    for (const pending of reader.pending.values()) pending.reject(error);
    reader.pending.clear();
  }

  /** Runs one read-only statement on the least busy reader. */
  read(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    if (this.#closed) return Promise.reject(new Error('The database is closed.'));
    const reader = this.#readers.reduce((best, r) => (r.pending.size < best.pending.size ? r : best));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      if (reader.pending.size === 0) reader.worker.ref();
      reader.pending.set(id, { resolve, reject });
      reader.worker.postMessage({ id, sql, parameters });
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#readers.map((r) => r.worker.terminate()));
  }
}
