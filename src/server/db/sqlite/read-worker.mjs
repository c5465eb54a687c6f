// A reader thread of the embedded SQLite database (see sqlite-driver.ts). Plain JavaScript, so it starts
// the same under tsx, vitest and a bundled build. It opens the database read-only: it can never write.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');

// Kysely sends the same SQL text again and again with other parameters; prepared once, run many times.
const statements = new Map();
function prepared(sql) {
  let statement = statements.get(sql);
  if (!statement) {
    if (statements.size >= 500) statements.clear();
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

parentPort.on('message', ({ id, sql, parameters }) => {
  try {
    const started = performance.now();
    const rows = prepared(sql).all(parameters);
    parentPort.postMessage({ id, rows, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code, name: error.name } });
  }
});
