import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Named (prepared) statements on PostgreSQL. An unnamed statement is parsed and planned again on every
 * run; for the short statements every request runs, that is most of the database's work: the session
 * lookup costs ~230 µs of server CPU unnamed and ~45 µs prepared, a portal list page ~340 against ~140 µs
 * (measured on this project's 2-core machine). A prepared statement is planned for its parameters on its
 * first five runs; PostgreSQL then keeps a generic plan only where that is estimated no dearer than those.
 *
 * Not prepared:
 * - EXPLAIN (the search asks the planner's estimate for the very text searched) and anything but plain
 *   reads and writes (BEGIN, SET, DDL);
 * - statements with many parameters or long texts (bulk inserts: the text varies with the row count), which
 *   would each be prepared for one use and kept for the connection's lifetime;
 * - a text on its first run in this process.
 * A connection prepares at most PREPARED_PER_CONNECTION statements, the rest run unnamed.
 */
export const PREPARED_PER_CONNECTION = 200;
const MAX_PARAMETERS = 100;
const MAX_TEXT = 16_384;
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/** PostgreSQL's answer when a table changed under a prepared `select *` (a migration by a newer version). */
function isStalePlan(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}

interface ConnectionStatements {
  prepared: Set<string>;
  /** Names this connection can no longer run (their table changed); their text runs unnamed. */
  stale: Set<string>;
}

const byConnection = new WeakMap<pg.ClientBase, ConnectionStatements>();

/**
 * Texts seen lately, with their name and how often they ran. A text is prepared from its second run in
 * this process on: one built for a single use (ids written into it) would only take a connection's slot.
 */
const seen = new Map<string, { name: string; runs: number }>();
const TEXTS_KEPT = 2000;

function nameIfRepeated(text: string): string | undefined {
  let entry = seen.get(text);
  if (entry === undefined) {
    if (seen.size >= TEXTS_KEPT) seen.delete(seen.keys().next().value!);
    seen.set(text, (entry = { name: `portico_${createHash('sha1').update(text).digest('base64url')}`, runs: 0 }));
  }
  entry.runs++;
  return entry.runs > 1 ? entry.name : undefined;
}

/** The statement as node-postgres runs it: named when it should be prepared on this connection. */
function queryConfig(client: pg.ClientBase, text: string, values: unknown[]): pg.QueryConfig {
  if (values.length > MAX_PARAMETERS || text.length > MAX_TEXT || !PREPARABLE.test(text)) return { text, values };
  let statements = byConnection.get(client);
  if (!statements) byConnection.set(client, (statements = { prepared: new Set(), stale: new Set() }));
  const name = nameIfRepeated(text);
  if (name === undefined || statements.stale.has(name)) return { text, values };
  if (!statements.prepared.has(name)) {
    if (statements.prepared.size >= PREPARED_PER_CONNECTION) return { text, values };
    statements.prepared.add(name);
  }
  return { name, text, values };
}

/**
 * Runs a statement, prepared where that pays (see above). When its table changed since it was prepared,
 * PostgreSQL refuses it until the connection ends; it then runs unnamed on that connection from now on.
 */
export async function runStatement(client: pg.ClientBase, text: string, values: unknown[], prepare: boolean): Promise<pg.QueryResult> {
  const config = prepare ? queryConfig(client, text, values) : { text, values };
  try {
    return await client.query(config);
  } catch (error) {
    if (!config.name || !isStalePlan(error)) throw error;
    byConnection.get(client)?.stale.add(config.name);
    return client.query(text, values);
  }
}
