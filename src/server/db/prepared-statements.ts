import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';

/**
 * Named (prepared) statements on PostgreSQL, for the few statements that run on nearly every request: the
 * session lookup, the API token lookup, loading a user's access facts. An unnamed statement is parsed and
 * planned again on every run, and for these short lookups that is most of the database's work: the session
 * lookup costs ~230 µs of server CPU unnamed and ~45 µs prepared (measured on this project's 2-core machine).
 *
 * Opt-in per statement (`PREPARED` at its front), not for every statement: after five runs PostgreSQL may
 * keep one generic plan for all parameters, chosen from estimates, and for the lists that was a loss where
 * the parameters matter (a consolidated account's thousand customer ids: work orders 10 → 30 ms p50, ADR 021).
 * The marked statements are lookups by key, whose best plan does not depend on the key.
 *
 * On SQLite the same mark sends a read to a read-only connection on the main thread instead of a reader
 * thread (sqlite-driver.ts): a lookup by key takes microseconds, less than the trip to a thread and back.
 */
export const PREPARED_MARK = '/* prepared */';

/** Put at the front of a statement to keep it prepared: `query.modifyFront(PREPARED)`, or sql`${PREPARED} with …`. */
export const PREPARED = sql.raw(PREPARED_MARK);

/** A connection keeps at most this many; more would mean texts that vary, which the mark is not for. */
export const PREPARED_PER_CONNECTION = 50;

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
const names = new Map<string, string>();

export function isMarked(text: string): boolean {
  return text.startsWith(PREPARED_MARK) || text.startsWith(`select ${PREPARED_MARK}`);
}

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    // Bounded: marked texts are few; a runaway would show up as this map being cleared, not as memory.
    if (names.size >= 1000) names.clear();
    names.set(text, (name = `portico_${createHash('sha1').update(text).digest('base64url')}`));
  }
  return name;
}

/** The statement as node-postgres runs it: named when it is marked and this connection may prepare it. */
function queryConfig(client: pg.ClientBase, text: string, values: unknown[]): pg.QueryConfig {
  if (!isMarked(text)) return { text, values };
  let statements = byConnection.get(client);
  if (!statements) byConnection.set(client, (statements = { prepared: new Set(), stale: new Set() }));
  const name = nameOf(text);
  if (statements.stale.has(name)) return { text, values };
  if (!statements.prepared.has(name)) {
    if (statements.prepared.size >= PREPARED_PER_CONNECTION) return { text, values };
    statements.prepared.add(name);
  }
  return { name, text, values };
}

/**
 * Runs a statement, prepared when it is marked (and `prepare` is on). When its table changed since it was
 * prepared, PostgreSQL refuses it until the connection ends; it then runs unnamed on that connection.
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
