import type { AppContext } from '../../context.js';
import { ForbiddenError, RateLimitedError, UnauthorizedError } from '../../plugins/errors.js';
import type { Principal } from '../access/principal.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import { clearCounter, currentCount, incrementCounter } from '../rate-limit/rate-limit.repository.js';
import { findUserByLogin, normalizeLogin, updateUser, type UserRow } from '../users/users.repository.js';
import { assertAcceptablePassword, burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import { hashToken, newOpaqueToken } from './session-tokens.js';
import { deleteSession, deleteSessionsOfUser, findSessionWithUser, insertSession, touchSession } from './sessions.repository.js';

/**
 * Attempts allowed per (login, client address), in growing windows: a typo-prone user gets a minute's
 * pause after 5 misses, a guesser a quarter of an hour after 10 and a day after 30. Keyed by the pair,
 * so nobody can lock a user out from elsewhere: the right password from an address that did not fail
 * still signs in. Every attempt reserves its slot atomically before the password is checked, so
 * parallel requests can never verify more passwords than the limit.
 */
const LOGIN_ATTEMPT_TIERS = [
  { windowSeconds: 60, attempts: 5 },
  { windowSeconds: 15 * 60, attempts: 10 },
  { windowSeconds: 24 * 3600, attempts: 30 },
] as const;
/** Failures per client address across all logins (a password spray), kept high: offices share one address. */
const IP_WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES_PER_IP = 500;
/** Sliding the idle deadline costs a write; do it at most once a minute per session. */
const TOUCH_INTERVAL_MS = 60_000;

export const INVALID_CREDENTIALS = 'Invalid login or password.';

export interface RequestFacts {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export interface ResolvedSession {
  principal: Principal;
  user: UserRow;
  /** The browser session; null when the caller authenticated with an API token. */
  sessionId: string | null;
  /** Set when the caller authenticated with `Authorization: Bearer <API token>`. */
  apiTokenId: string | null;
  /** Set on a preview: the staff user looking at the portal as `user`, read-only. */
  previewBy: string | null;
}

export function principalFor(user: UserRow, sessionId: string | null): Principal {
  if (user.kind === 'staff') return { kind: 'staff', userId: user.id, role: user.role ?? 'technician', sessionId };
  return { kind: 'external', userId: user.id, sessionId };
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  const idleMs = config.sessionIdleMinutes * 60_000;
  const absoluteMs = config.sessionAbsoluteHours * 3_600_000;

  const attemptKey = (login: string, ip: string | null, tier: number) => `login:${tier}:${ip ?? '-'}:${login}`;

  /** Reserves this attempt in every tier (one atomic upsert each); 429 when any tier is used up. */
  async function reserveAttempt(login: string, ip: string | null, now: Date) {
    if (ip) {
      const byIp = await currentCount(db, `login-ip:${ip}`, now, IP_WINDOW_SECONDS);
      if (byIp.count >= MAX_FAILURES_PER_IP) throw new RateLimitedError(byIp.retryAfterSeconds);
    }
    // Every tier counts the attempt (hammering while paused lengthens the pause); the longest pause wins.
    let retryAfterSeconds = 0;
    for (const [tier, { windowSeconds, attempts }] of LOGIN_ATTEMPT_TIERS.entries()) {
      const key = attemptKey(login, ip, tier);
      if ((await incrementCounter(db, key, now, windowSeconds)) <= attempts) continue;
      retryAfterSeconds = Math.max(retryAfterSeconds, (await currentCount(db, key, now, windowSeconds)).retryAfterSeconds);
    }
    if (retryAfterSeconds > 0) throw new RateLimitedError(retryAfterSeconds);
  }

  async function clearAttempts(login: string, ip: string | null) {
    for (const tier of LOGIN_ATTEMPT_TIERS.keys()) await clearCounter(db, attemptKey(login, ip, tier));
  }

  async function recordFailure(login: string, user: UserRow | undefined, facts: RequestFacts, now: Date, reason: string) {
    if (facts.ip) await incrementCounter(db, `login-ip:${facts.ip}`, now, IP_WINDOW_SECONDS);
    await recordAuditEvent(db, {
      occurredAt: now.toISOString(),
      actorUserId: user?.id ?? null,
      action: 'auth.login_failed',
      resourceType: user ? 'user' : null,
      resourceId: user?.id ?? null,
      details: { login, reason },
      ip: facts.ip,
      requestId: facts.requestId,
    });
  }

  /**
   * Starts a session for a user who just proved who they are (login, activation). Rotation: whatever
   * session the browser presented is deleted, never upgraded.
   */
  async function openSession(user: UserRow, facts: RequestFacts, previousToken: string | undefined, action: string) {
    const now = clock();
    const token = newOpaqueToken();
    const nowIso = now.toISOString();
    const absoluteExpiresAt = new Date(now.getTime() + absoluteMs);
    await db.transaction().execute(async (trx) => {
      if (previousToken) await deleteSession(trx, hashToken(previousToken));
      await insertSession(trx, {
        id: hashToken(token),
        user_id: user.id,
        created_at: nowIso,
        last_seen_at: nowIso,
        idle_expires_at: new Date(Math.min(now.getTime() + idleMs, absoluteExpiresAt.getTime())).toISOString(),
        absolute_expires_at: absoluteExpiresAt.toISOString(),
        ip: facts.ip,
        user_agent: facts.userAgent?.slice(0, 500) ?? null,
      });
      await updateUser(trx, user.id, { last_login_at: nowIso });
      await recordAuditEvent(trx, {
        occurredAt: nowIso,
        actorUserId: user.id,
        customerId: user.customer_id,
        action,
        resourceType: 'user',
        resourceId: user.id,
        ip: facts.ip,
        requestId: facts.requestId,
      });
    });
    return { token, user, absoluteExpiresAt };
  }

  return {
    async login(input: { login: string; password: string; previousToken?: string | undefined }, facts: RequestFacts) {
      const now = clock();
      const login = normalizeLogin(input.login);
      await reserveAttempt(login, facts.ip, now);
      const user = await findUserByLogin(db, login);
      if (!user || !user.password_hash) {
        await burnPasswordCheck(input.password);
        await recordFailure(login, user, facts, now, user ? 'not_activated' : 'unknown_login');
        throw new UnauthorizedError(INVALID_CREDENTIALS, 'invalid_credentials');
      }
      if (!(await verifyPassword(user.password_hash, input.password))) {
        await recordFailure(login, user, facts, now, 'wrong_password');
        throw new UnauthorizedError(INVALID_CREDENTIALS, 'invalid_credentials');
      }
      if (user.status !== 'active') {
        // Only someone who knows the password learns that the account is disabled.
        await recordFailure(login, user, facts, now, `status_${user.status}`);
        throw new ForbiddenError('This account is disabled. Ask your administrator to enable it.', 'account_disabled');
      }
      await clearAttempts(login, facts.ip);
      return openSession(user, facts, input.previousToken, 'auth.login');
    },

    openSession,

    /**
     * The session behind a cookie token, or null when it is unknown, expired or its user is not active.
     * A preview session only resolves for the staff user who started it (`previewBy`), never as a login.
     */
    async resolveSession(token: string, previewBy: string | null = null): Promise<ResolvedSession | null> {
      const now = clock();
      const found = await findSessionWithUser(db, hashToken(token));
      if (!found || found.session_preview_by_user_id !== previewBy) return null;
      const { session_id: sessionId, session_preview_by_user_id: _preview, session_idle_expires_at: idleExpires, session_absolute_expires_at: absoluteExpires, session_last_seen_at: lastSeen, ...user } = found;
      const nowMs = now.getTime();
      if (Date.parse(idleExpires) <= nowMs || Date.parse(absoluteExpires) <= nowMs) {
        await deleteSession(db, sessionId);
        return null;
      }
      // A preview may show an invited user's portal before they activate it (staff check the set-up); never a disabled one.
      if (user.status !== 'active' && !(previewBy && user.status === 'pending')) return null;
      if (nowMs - Date.parse(lastSeen) >= TOUCH_INTERVAL_MS) {
        const idleExpiresAt = Math.min(nowMs + idleMs, Date.parse(absoluteExpires));
        await touchSession(db, sessionId, now.toISOString(), new Date(idleExpiresAt).toISOString());
      }
      return { principal: principalFor(user, sessionId), user, sessionId, apiTokenId: null, previewBy };
    },

    /** Ends a session, and with it the preview it was showing (`previewSessionId`), in one transaction. */
    async logout(sessionId: string | null, userId: string, facts: RequestFacts, previewSessionId: string | null = null) {
      await db.transaction().execute(async (trx) => {
        if (sessionId) await deleteSession(trx, sessionId);
        if (previewSessionId) await deleteSession(trx, previewSessionId);
        await recordAuditEvent(trx, {
          occurredAt: clock().toISOString(),
          actorUserId: userId,
          action: 'auth.logout',
          resourceType: 'user',
          resourceId: userId,
          ip: facts.ip,
          requestId: facts.requestId,
        });
      });
    },

    /** Changes the caller's own password; every other session of the user ends. */
    async changePassword(resolved: ResolvedSession, currentPassword: string, newPassword: string, facts: RequestFacts) {
      const { user, sessionId } = resolved;
      if (!user.password_hash || !(await verifyPassword(user.password_hash, currentPassword))) {
        throw new ForbiddenError('The current password is not correct.', 'wrong_password');
      }
      assertAcceptablePassword(newPassword, 'newPassword', [user.login, user.email ?? '', user.display_name]);
      if (newPassword === currentPassword) {
        throw new ForbiddenError('Choose a new password that differs from the current one.', 'password_unchanged');
      }
      const passwordHash = await hashPassword(newPassword);
      const nowIso = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, {
          password_hash: passwordHash,
          must_change_password: 0,
          password_changed_at: nowIso,
          updated_at: nowIso,
        });
        await deleteSessionsOfUser(trx, user.id, sessionId ?? undefined);
        await recordAuditEvent(trx, {
          occurredAt: nowIso,
          actorUserId: user.id,
          action: 'auth.password_changed',
          resourceType: 'user',
          resourceId: user.id,
          ip: facts.ip,
          requestId: facts.requestId,
        });
      });
    },

  };
}
