import { sql } from 'kysely';
import type { DbExecutor } from '../context.js';
import { engineOf, pathWithin } from './engine-sql.js';

/**
 * Trees (consolidated customers, sites, assets) keep a materialized path of ids, '/root/…/self/', so
 * "X and everything under it" is the index range of paths starting with X's path (engine-sql.ts `pathWithin`).
 */
export type TreeTable = 'customers' | 'sites' | 'assets';

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** The id of the top of the tree a path belongs to. */
export function rootIdOf(path: string): string {
  return path.split('/')[1]!;
}

export function depthOf(path: string): number {
  return path.split('/').length - 3;
}

/** Would making `newParentPath` the parent of the node `id` put the node under itself? */
export function wouldCreateCycle(id: string, newParentPath: string | null): boolean {
  return newParentPath !== null && newParentPath.split('/').includes(id);
}

/**
 * Moves a node and its whole subtree: rewrites every path under `oldPrefix` to start with `newPrefix`.
 * For assets the root and depth follow the path. One statement, inside the caller's transaction.
 */
export async function moveSubtree(db: DbExecutor, table: TreeTable, oldPrefix: string, newPrefix: string): Promise<void> {
  const rest = sql`substr(path, ${oldPrefix.length + 1})`;
  const under = pathWithin(engineOf(db), sql.ref('path'), oldPrefix);
  if (table === 'assets') {
    const newRoot = rootIdOf(newPrefix);
    const depthShift = depthOf(newPrefix) - depthOf(oldPrefix);
    await sql`update assets set path = ${newPrefix} || ${rest}, root_id = ${newRoot}, depth = depth + ${depthShift}
      where root_id = ${rootIdOf(oldPrefix)} and ${under}`.execute(db);
    return;
  }
  await sql`update ${sql.table(table)} set path = ${newPrefix} || ${rest} where ${under}`.execute(db);
}

/**
 * Serialises the structural changes of one tree (moves, and new nodes under a parent) until the caller's
 * transaction ends. Without it, on PostgreSQL two concurrent moves each pass the cycle check against the
 * other's old paths (A under B and B under A), and a node added under a moving parent keeps the old
 * path. A transaction-scoped advisory lock per tree; SQLite runs one write transaction at a time already.
 * `partition` narrows the tree where nodes never cross it (sites and assets stay within their customer).
 */
export async function lockTree(db: DbExecutor, table: TreeTable, partition: string): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${`tree:${table}:${partition}`}))`.execute(db);
}

/** A node's path as committed now; read after lockTree, so a move that just finished is seen. */
export async function currentPathOf(db: DbExecutor, table: TreeTable, id: string): Promise<string> {
  const row = await sql<{ path: string }>`select path from ${sql.table(table)} where id = ${id}`.execute(db);
  return row.rows[0]!.path;
}
