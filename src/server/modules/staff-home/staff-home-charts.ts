import type { DbExecutor } from '../../context.js';
import type { AccessScope } from '../access/access-scope.js';
import { countUpTo, type CappedCount } from './capped-count.js';

/** A bar of a chart beyond this many is drawn at the cap and marked. */
export const BUCKET_CAP = 10_000;
const WEEKS = 12;
const MONTHS = 12;
const DAY = 86_400_000;

export interface TicketWeek {
  /** Monday (UTC) the week starts on; the last week is the current one, so far. */
  weekStart: string;
  created: number;
  resolved: number;
  /** Open (not closed) at the week's end, or now for the current week. */
  open: number;
  capped: boolean;
}

export interface AssetMonth {
  /** YYYY-MM; the current month counts from today on (earlier days are overdue). */
  month: string;
  count: number;
  capped: boolean;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function mondayOf(now: Date): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return midnight - ((now.getUTCDay() + 6) % 7) * DAY;
}

/**
 * Tickets raised and resolved per week for the last 12 weeks, and the open backlog at each week's end.
 * Each bar is a range count on the created_at or closed_at index; the backlog is counted once (now)
 * and walked back week by week (open then = open now − raised since + resolved since), instead of a
 * scan per week. A ticket reopened after being resolved has lost its old closed_at, so the backlog of
 * past weeks is approximate for those; archived tickets are left out throughout.
 */
export async function ticketsByWeek(db: DbExecutor, scope: AccessScope, now: Date): Promise<TicketWeek[]> {
  const tickets = () => db.selectFrom('tickets').selectAll('tickets').where(scope.visible('tickets')).where('tickets.archived_at', 'is', null);
  const firstMonday = mondayOf(now) - (WEEKS - 1) * 7 * DAY;
  const starts = Array.from({ length: WEEKS }, (_, i) => firstMonday + i * 7 * DAY);
  const bounds = starts.map((start, i) => [new Date(start).toISOString(), i + 1 < WEEKS ? new Date(starts[i + 1]!).toISOString() : null] as const);
  const inWeek = (column: 'tickets.created_at' | 'tickets.closed_at', [from, to]: readonly [string, string | null]) => {
    const query = tickets().where(column, '>=', from);
    return countUpTo(db, to ? query.where(column, '<', to) : query, BUCKET_CAP);
  };
  const [created, resolved, openNow] = await Promise.all([
    Promise.all(bounds.map((b) => inWeek('tickets.created_at', b))),
    Promise.all(bounds.map((b) => inWeek('tickets.closed_at', b))),
    countUpTo(db, tickets().where('tickets.closed_at', 'is', null), BUCKET_CAP * 10),
  ]);
  const weeks: TicketWeek[] = [];
  let open = openNow.count;
  for (let i = WEEKS - 1; i >= 0; i--) {
    weeks.unshift({
      weekStart: day(starts[i]!),
      created: created[i]!.count,
      resolved: resolved[i]!.count,
      open: Math.max(open, 0),
      capped: created[i]!.capped || resolved[i]!.capped || openNow.capped,
    });
    open = open - created[i]!.count + resolved[i]!.count;
  }
  return weeks;
}

/**
 * Assets due per month for the next 12 months (from today), and those already overdue. Each bucket is a
 * capped range count on the next_due_date index, which also holds archived_at, so the table is not read.
 */
export async function assetsDueByMonth(db: DbExecutor, scope: AccessScope, now: Date): Promise<{ overdue: CappedCount; months: AssetMonth[] }> {
  const assets = () => db.selectFrom('assets').selectAll('assets').where(scope.visible('assets')).where('assets.archived_at', 'is', null);
  const today = day(now.getTime());
  const monthStart = (offset: number) => day(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const months = Array.from({ length: MONTHS }, (_, i) => ({ month: monthStart(i).slice(0, 7), from: i === 0 ? today : monthStart(i), to: monthStart(i + 1) }));
  const [overdue, counts] = await Promise.all([
    countUpTo(db, assets().where('assets.next_due_date', '<', today), BUCKET_CAP),
    Promise.all(months.map(({ from, to }) => countUpTo(db, assets().where('assets.next_due_date', '>=', from).where('assets.next_due_date', '<', to), BUCKET_CAP))),
  ]);
  return { overdue, months: months.map(({ month }, i) => ({ month, ...counts[i]! })) };
}
