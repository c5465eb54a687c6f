// A reader thread of the embedded SQLite database (see sqlite-driver.ts). Plain JavaScript, so it starts
// the same under tsx, vitest and a bundled build. It opens the database read-only: it can never write.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');

// Kysely sends the same SQL text again and again with other parameters; prepared once, run many times.
// Rows go back as arrays with the column names beside them: cloning 50 objects between threads copies
// every key of every row, the arrays only the values (the main thread puts the names back).
const statements = new Map();
function prepared(sql) {
  let entry = statements.get(sql);
  if (!entry) {
    if (statements.size >= 500) statements.clear();
    const statement = db.prepare(sql).raw(true);
    entry = { statement, columns: statement.columns().map((column) => column.name) };
    statements.set(sql, entry);
  }
  return entry;
}

parentPort.on('message', ({ id, sql, parameters }) => {
  try {
    const started = performance.now();
    const { statement, columns } = prepared(sql);
    const values = statement.all(parameters);
    parentPort.postMessage({ id, columns, values, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code, name: error.name } });
  }
});
