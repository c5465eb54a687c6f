import type { DbExecutor } from '../../context.js';

/**
 * Fixed-window counters kept in the database, so every app process behind a load balancer shares them.
 */
export async function incrementCounter(db: DbExecutor, key: string, now: Date, windowSeconds: number): Promise<number> {
  const nowIso = now.toISOString();
  const windowOpenSince = new Date(now.getTime() - windowSeconds * 1000).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: nowIso, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        count: eb.case().when('rate_limits.window_start', '>', windowOpenSince).then(eb('rate_limits.count', '+', 1)).else(1).end(),
        window_start: eb.case().when('rate_limits.window_start', '>', windowOpenSince).then(eb.ref('rate_limits.window_start')).else(nowIso).end(),
      })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** How many events the current window holds for a key (0 once the window has passed). */
export async function currentCount(db: DbExecutor, key: string, now: Date, windowSeconds: number): Promise<{ count: number; retryAfterSeconds: number }> {
  const row = await db.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) return { count: 0, retryAfterSeconds: 0 };
  const windowEnds = Date.parse(row.window_start) + windowSeconds * 1000;
  if (windowEnds <= now.getTime()) return { count: 0, retryAfterSeconds: 0 };
  return { count: Number(row.count), retryAfterSeconds: Math.ceil((windowEnds - now.getTime()) / 1000) };
}

export async function clearCounter(db: DbExecutor, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
