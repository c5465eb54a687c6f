import { describe, expect, it } from 'vitest';
import { parseTimestamp, parseTimestamptz } from './postgres-timestamps.js';

describe('PostgreSQL timestamps as ISO-8601', () => {
  it('gives what Date gives for every fraction length, in UTC and other offsets', () => {
    const samples = [
      '2026-12-06 07:05:34+00',
      '2026-12-06 07:05:34.2+00',
      '2026-12-06 07:05:34.28+00',
      '2026-12-06 07:05:34.288+00',
      '2026-12-06 07:05:34.28819+00',
      '2026-12-06 07:05:34.999999+00',
      '1970-01-01 00:00:00+00',
      '2026-12-06 08:05:34.123+01',
      '2026-12-06 02:35:34.5-04:30',
    ];
    for (const text of samples) expect(parseTimestamptz(text), text).toBe(new Date(text).toISOString());
  });

  it('reads a timestamp without time zone as UTC', () => {
    for (const text of ['2026-12-06 07:05:34', '2026-12-06 07:05:34.28819', '2000-02-29 23:59:59.9']) {
      expect(parseTimestamp(text), text).toBe(new Date(`${text}Z`).toISOString());
    }
  });
});
