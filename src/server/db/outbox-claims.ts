import type { Kysely, Selectable } from 'kysely';
import type { DbExecutor } from '../context.js';
import type { Engine } from './database.js';
import type { Database } from './schema.js';

/** The outboxes: rows a worker claims, delivers, and marks (mails, webhook deliveries). */
export type OutboxTable = 'mail_outbox' | 'webhook_deliveries';

interface ClaimColumns {
  id: string;
  status: string;
  next_attempt_at: string;
  locked_until: string | null;
}

/**
 * Claims due rows of an outbox for this worker: pending ones whose time has come, and ones a crashed worker
 * left "sending" past their lock. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets any number of workers run.
 */
export async function claimDueRows<T extends OutboxTable>(db: DbExecutor, engine: Engine, table: T, now: Date, lockSeconds: number, limit: number): Promise<Selectable<Database[T]>[]> {
  // Both tables have these columns; the query is written once against them.
  const outbox = db as unknown as Kysely<Record<OutboxTable, ClaimColumns>>;
  const nowIso = now.toISOString();
  let due = outbox
    .selectFrom(table as OutboxTable)
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', nowIso)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<=', nowIso)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit);
  if (engine === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await outbox
    .updateTable(table as OutboxTable)
    .set({ status: 'sending', locked_until: new Date(now.getTime() + lockSeconds * 1000).toISOString() })
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return rows as unknown as Selectable<Database[T]>[];
}
