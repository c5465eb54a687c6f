import { describe, expect, it } from 'vitest';
import { nthStart, occurrencesBetween } from './schedule-occurrences.js';

const d = (iso: string) => new Date(iso);
const starts = (list: { startsAt: string }[]) => list.map((o) => o.startsAt);

describe('schedule occurrences', () => {
  it('counts months from the first start, so the 31st comes back after short months', () => {
    const first = d('2026-01-31T08:00:00.000Z');
    expect([0, 1, 2, 3].map((n) => nthStart(first, 'monthly', n).toISOString())).toEqual([
      '2026-01-31T08:00:00.000Z',
      '2026-02-28T08:00:00.000Z',
      '2026-03-31T08:00:00.000Z',
      '2026-04-30T08:00:00.000Z',
    ]);
    expect(nthStart(d('2024-02-29T06:30:00.000Z'), 'yearly', 1).toISOString()).toBe('2025-02-28T06:30:00.000Z');
    expect(nthStart(d('2026-11-15T10:00:00.000Z'), 'quarterly', 1).toISOString()).toBe('2027-02-15T10:00:00.000Z');
  });

  it('lists the occurrences inside the window, keeping the duration, for a series that began long ago', () => {
    const entry = { starts_at: '2020-01-06T08:00:00.000Z', ends_at: '2020-01-06T10:00:00.000Z', recurrence: 'weekly' as const };
    const found = occurrencesBetween(entry, d('2026-11-23T00:00:00.000Z'), d('2026-12-08T00:00:00.000Z'), 100);
    expect(found).toEqual([
      { startsAt: '2026-11-23T08:00:00.000Z', endsAt: '2026-11-23T10:00:00.000Z' },
      { startsAt: '2026-11-30T08:00:00.000Z', endsAt: '2026-11-30T10:00:00.000Z' },
      { startsAt: '2026-12-07T08:00:00.000Z', endsAt: '2026-12-07T10:00:00.000Z' },
    ]);
    const quarterly = { starts_at: '2025-01-31T08:00:00.000Z', ends_at: null, recurrence: 'quarterly' as const };
    expect(starts(occurrencesBetween(quarterly, d('2026-01-01T00:00:00.000Z'), d('2027-01-01T00:00:00.000Z'), 100))).toEqual([
      '2026-01-31T08:00:00.000Z',
      '2026-04-30T08:00:00.000Z',
      '2026-07-31T08:00:00.000Z',
      '2026-10-31T08:00:00.000Z',
    ]);
  });

  it('honours from ≤ start < to, series that start later, one-off visits and the cap', () => {
    const daily = { starts_at: '2026-03-10T07:00:00.000Z', ends_at: null, recurrence: 'daily' as const };
    expect(starts(occurrencesBetween(daily, d('2026-03-01T00:00:00.000Z'), d('2026-03-12T07:00:00.000Z'), 100))).toEqual(['2026-03-10T07:00:00.000Z', '2026-03-11T07:00:00.000Z']);
    expect(occurrencesBetween(daily, d('2026-03-01T00:00:00.000Z'), d('2027-03-01T00:00:00.000Z'), 5)).toHaveLength(5);
    const visit = { starts_at: '2026-03-10T07:00:00.000Z', ends_at: null, recurrence: null };
    expect(occurrencesBetween(visit, d('2026-03-10T07:00:00.000Z'), d('2026-03-11T00:00:00.000Z'), 10)).toHaveLength(1);
    expect(occurrencesBetween(visit, d('2026-03-10T07:00:00.001Z'), d('2026-03-11T00:00:00.000Z'), 10)).toEqual([]);
  });
});
