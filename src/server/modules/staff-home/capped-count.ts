import { sql, type SelectQueryBuilder } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { Database } from '../../db/schema.js';

export interface CappedCount {
  count: number;
  /** More than `count` rows match; the UI shows "count+". */
  capped: boolean;
}

/**
 * COUNT(*) over at most `cap` + 1 rows: a queue of a million rows costs what a queue of `cap` does, and
 * nobody acts differently on "1000+" than on the exact figure.
 */
export async function countUpTo<TB extends keyof Database, O>(db: DbExecutor, rows: SelectQueryBuilder<Database, TB, O>, cap: number): Promise<CappedCount> {
  const limited = rows.clearSelect().select(sql<number>`1`.as('one')).limit(cap + 1).as('limited');
  const result = await db.selectFrom(limited).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const n = Number(result.n);
  return { count: Math.min(n, cap), capped: n > cap };
}
