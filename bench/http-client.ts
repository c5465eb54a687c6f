import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema.js';
import { SESSION_COOKIE } from '../src/server/plugins/authentication.js';
import { hashToken, newOpaqueToken } from '../src/server/modules/auth/session-tokens.js';

/** Status counts of every request the bench sent, so a 5xx is reported rather than timed as a fast answer. */
export class StatusTally {
  readonly counts = new Map<number, number>();

  add(status: number, times = 1): void {
    this.counts.set(status, (this.counts.get(status) ?? 0) + times);
  }

  count(predicate: (status: number) => boolean): number {
    let total = 0;
    for (const [status, n] of this.counts) if (predicate(status)) total += n;
    return total;
  }

  get non2xx(): number {
    return this.count((s) => s < 200 || s > 299);
  }

  get server5xx(): number {
    return this.count((s) => s >= 500);
  }
}

/** A real session row, as a login would create it: the request path then checks it like any other. */
export async function createSession(db: Kysely<Database>, userId: string): Promise<{ cookie: string; end: () => Promise<void> }> {
  const token = newOpaqueToken();
  const now = new Date().toISOString();
  const farFuture = new Date(Date.now() + 86_400_000).toISOString();
  await db.insertInto('sessions').values({ id: hashToken(token), user_id: userId, created_at: now, last_seen_at: now, idle_expires_at: farFuture, absolute_expires_at: farFuture, ip: null, user_agent: 'bench' }).execute();
  return { cookie: `${SESSION_COOKIE}=${token}`, end: async () => void (await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute()) };
}

/** GET over a real loopback socket with the user's session cookie; the body is read, as a browser would. */
export type HttpGet = (path: string) => Promise<{ status: number; text: string }>;

export function httpGetAs(baseUrl: string, cookie: string, tally: StatusTally): HttpGet {
  return async (path) => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    tally.add(response.status);
    return { status: response.status, text: await response.text() };
  };
}
