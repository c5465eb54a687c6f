/**
 * PostgreSQL timestamps as the ISO-8601 strings the app uses on both engines. A list page of 50 assets
 * carries 100 of them, and `new Date(text)` of PostgreSQL's format goes through V8's slow legacy date
 * parser (7 % of a portal list request's CPU), so the usual UTC form is rewritten as text instead; any
 * other form (another offset, BC, infinity) still goes through Date.
 */

/** `2026-12-06 07:05:34.28819+00` (timestamptz in a UTC session) or the same without offset (timestamp). */
const UTC_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(\+00)?$/;

function isoFromUtcText(value: string, requireOffset: boolean): string | undefined {
  const match = UTC_TEXT.exec(value);
  if (!match || (requireOffset && !match[4]) || (!requireOffset && match[4])) return undefined;
  // Milliseconds as Date keeps them: the first three digits, padded; finer digits are dropped.
  const millis = (match[3] ?? '').slice(0, 3).padEnd(3, '0');
  return `${match[1]}T${match[2]}.${millis}Z`;
}

/** timestamptz: an instant; the session's time zone decides the offset PostgreSQL writes. */
export function parseTimestamptz(value: string): string {
  return isoFromUtcText(value, true) ?? new Date(value).toISOString();
}

/** timestamp without time zone: the app stores UTC wall-clock time. */
export function parseTimestamp(value: string): string {
  return isoFromUtcText(value, false) ?? new Date(`${value}Z`).toISOString();
}
