import type { ScheduleEntryRow } from './schedule.repository.js';

type Recurrence = NonNullable<ScheduleEntryRow['recurrence']>;

const DAY_MS = 86_400_000;
const STEP_DAYS: Partial<Record<Recurrence, number>> = { daily: 1, weekly: 7 };
const STEP_MONTHS: Partial<Record<Recurrence, number>> = { monthly: 1, quarterly: 3, yearly: 12 };

/**
 * The n-th start of a series, counted from the first one (never from the previous occurrence), so a
 * monthly round planned for the 31st falls on the last day of shorter months and back on the 31st after.
 * All in UTC: the stored instants are UTC, and a round at 08:00 UTC stays at 08:00 UTC.
 */
export function nthStart(first: Date, recurrence: Recurrence, n: number): Date {
  const days = STEP_DAYS[recurrence];
  if (days !== undefined) return new Date(first.getTime() + n * days * DAY_MS);
  const months = first.getUTCMonth() + n * STEP_MONTHS[recurrence]!;
  const year = first.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(first.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day, first.getUTCHours(), first.getUTCMinutes(), first.getUTCSeconds(), first.getUTCMilliseconds()));
}

/** A first guess of the occurrence index at `from` (never past it), so long-running series start near the window. */
function indexNear(first: Date, recurrence: Recurrence, from: Date): number {
  if (from <= first) return 0;
  const days = STEP_DAYS[recurrence];
  if (days !== undefined) return Math.max(0, Math.floor((from.getTime() - first.getTime()) / (days * DAY_MS)) - 1);
  const monthsApart = (from.getUTCFullYear() - first.getUTCFullYear()) * 12 + (from.getUTCMonth() - first.getUTCMonth());
  return Math.max(0, Math.floor(monthsApart / STEP_MONTHS[recurrence]!) - 1);
}

export interface Occurrence {
  startsAt: string;
  endsAt: string | null;
}

/** The occurrences of an entry with from ≤ start < to (a one-off visit: itself, if it starts in the window). */
export function occurrencesBetween(entry: Pick<ScheduleEntryRow, 'starts_at' | 'ends_at' | 'recurrence'>, from: Date, to: Date, max: number): Occurrence[] {
  const first = new Date(entry.starts_at);
  const duration = entry.ends_at ? new Date(entry.ends_at).getTime() - first.getTime() : null;
  const at = (start: Date): Occurrence => ({ startsAt: start.toISOString(), endsAt: duration === null ? null : new Date(start.getTime() + duration).toISOString() });
  if (!entry.recurrence) return first >= from && first < to ? [at(first)] : [];
  const out: Occurrence[] = [];
  for (let n = indexNear(first, entry.recurrence, from); out.length < max; n++) {
    const start = nthStart(first, entry.recurrence, n);
    if (start >= to) break;
    if (start >= from) out.push(at(start));
  }
  return out;
}
