/** Daily digests go out at this hour (UTC): early enough to be read at the start of a European day. */
export const DIGEST_HOUR_UTC = 6;

/** The first digest time strictly after `from`: today's digest hour if still ahead, else tomorrow's. */
export function nextDigestAt(from: Date): Date {
  const at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), DIGEST_HOUR_UTC));
  if (at.getTime() <= from.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}
