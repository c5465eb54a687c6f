import type { DbExecutor } from '../../context.js';
import { RateLimitedError } from '../../plugins/errors.js';
import { clearCounter, currentCount, incrementCounter } from '../rate-limit/rate-limit.repository.js';

/**
 * Attempts allowed per (login, client address), in growing windows: a typo-prone user gets a minute's
 * pause after 5 misses, a guesser a quarter of an hour after 10 and a day after 30. Keyed by the pair,
 * so nobody can lock a user out from elsewhere: the right password from an address that did not fail
 * still signs in. Every attempt reserves its slot atomically before the password (or second-factor
 * code) is checked, so parallel requests can never verify more secrets than the limit. Passwords and
 * codes share the counters: knowing the password buys no extra code guesses.
 */
const LOGIN_ATTEMPT_TIERS = [
  { windowSeconds: 60, attempts: 5 },
  { windowSeconds: 15 * 60, attempts: 10 },
  { windowSeconds: 24 * 3600, attempts: 30 },
] as const;
/** Failures per client address across all logins (a password spray), kept high: offices share one address. */
const IP_WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES_PER_IP = 500;

const attemptKey = (login: string, ip: string | null, tier: number) => `login:${tier}:${ip ?? '-'}:${login}`;

/** Reserves this attempt in every tier (one atomic upsert each); 429 when any tier is used up. */
export async function reserveLoginAttempt(db: DbExecutor, login: string, ip: string | null, now: Date): Promise<void> {
  if (ip) {
    const byIp = await currentCount(db, `login-ip:${ip}`, now, IP_WINDOW_SECONDS);
    if (byIp.count >= MAX_FAILURES_PER_IP) throw new RateLimitedError(byIp.retryAfterSeconds);
  }
  // Every tier counts the attempt (hammering while paused lengthens the pause); the longest pause wins.
  // One transaction keeps each tier's row locked until all are counted, so parallel attempts pass the
  // tiers in one order: otherwise one of the first five of the minute could come eleventh to the
  // quarter hour and be refused with the others.
  const reserve = async (trx: DbExecutor) => {
    let retryAfterSeconds = 0;
    for (const [tier, { windowSeconds, attempts }] of LOGIN_ATTEMPT_TIERS.entries()) {
      const key = attemptKey(login, ip, tier);
      if ((await incrementCounter(trx, key, now, windowSeconds)) <= attempts) continue;
      retryAfterSeconds = Math.max(retryAfterSeconds, (await currentCount(trx, key, now, windowSeconds)).retryAfterSeconds);
    }
    return retryAfterSeconds;
  };
  const retryAfterSeconds = db.isTransaction ? await reserve(db) : await db.transaction().execute(reserve);
  if (retryAfterSeconds > 0) throw new RateLimitedError(retryAfterSeconds);
}

export async function clearLoginAttempts(db: DbExecutor, login: string, ip: string | null): Promise<void> {
  for (const tier of LOGIN_ATTEMPT_TIERS.keys()) await clearCounter(db, attemptKey(login, ip, tier));
}

/** A failure also counts against the client address (password spray detection). */
export async function countFailureOfAddress(db: DbExecutor, ip: string | null, now: Date): Promise<void> {
  if (ip) await incrementCounter(db, `login-ip:${ip}`, now, IP_WINDOW_SECONDS);
}
