import type { AppContext } from '../../context.js';
import { ForbiddenError, UnauthorizedError } from '../../plugins/errors.js';
import type { Principal } from '../access/principal.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import { deletePendingLogin, findPendingLogin, findUserMfa, insertPendingLogin, isMfaRequiredFor } from '../mfa/mfa.repository.js';
import { verifySecondFactor, type SecondFactorInput } from '../mfa/second-factor.js';
import { findUserById, findUserByLogin, normalizeLogin, updateUser, type UserRow } from '../users/users.repository.js';
import { assertAcceptablePassword, burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import { clearLoginAttempts, countFailureOfAddress, reserveLoginAttempt } from './login-throttle.js';
import { hashToken, newOpaqueToken } from './session-tokens.js';
import { deleteSession, deleteSessionsOfUser, findSessionWithUser, insertSession, touchSession } from './sessions.repository.js';

/** Sliding the idle deadline costs a write; do it at most once a minute per session. */
const TOUCH_INTERVAL_MS = 60_000;

export const INVALID_CREDENTIALS = 'Invalid login or password.';
export const INVALID_MFA_CODE = 'The code is not correct.';
/** Time from a correct password to the code: enough to unlock a phone, short enough to be useless when stolen. */
const PENDING_MFA_LOGIN_MS = 5 * 60_000;

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
  /** The user must enrol a second factor before this session reaches anything else. */
  mfaEnrolmentRequired?: boolean;
  /** The access epoch read with the session: lets the access facts come from the cache (access-facts-cache.ts). */
  accessEpoch?: number | null;
}

export type LoginResult =
  | { kind: 'session'; token: string; user: UserRow; absoluteExpiresAt: Date; mfaEnrolmentRequired: boolean }
  | { kind: 'mfa'; pendingToken: string; expiresAt: Date };

export function principalFor(user: UserRow, sessionId: string | null): Principal {
  if (user.kind === 'staff') return { kind: 'staff', userId: user.id, role: user.role ?? 'technician', sessionId };
  return { kind: 'external', userId: user.id, sessionId };
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  const idleMs = config.sessionIdleMinutes * 60_000;
  const absoluteMs = config.sessionAbsoluteHours * 3_600_000;

  async function recordFailure(login: string, user: UserRow | undefined, facts: RequestFacts, now: Date, reason: string) {
    await countFailureOfAddress(db, facts.ip, now);
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
  async function openSession(user: UserRow, facts: RequestFacts, previousToken: string | undefined, action: AuditAction, details?: Record<string, unknown>) {
    const now = clock();
    const token = newOpaqueToken();
    const nowIso = now.toISOString();
    const absoluteExpiresAt = new Date(now.getTime() + absoluteMs);
    // Sessions opened by activation or login of a user who must but has not enrolled reach only enrolment.
    const mfaEnrolmentRequired = (await isMfaRequiredFor(db, user)) && !(await findUserMfa(db, user.id))?.confirmed_at;
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
        mfa_enrolment_required: mfaEnrolmentRequired ? 1 : 0,
      });
      await updateUser(trx, user.id, { last_login_at: nowIso });
      await recordAuditEvent(trx, {
        occurredAt: nowIso,
        actorUserId: user.id,
        customerId: user.customer_id,
        action,
        resourceType: 'user',
        resourceId: user.id,
        ...(details ? { details } : {}),
        ip: facts.ip,
        requestId: facts.requestId,
      });
    });
    return { kind: 'session' as const, token, user, absoluteExpiresAt, mfaEnrolmentRequired };
  }

  return {
    /**
     * Password sign-in. A user with a confirmed authenticator gets no session yet: a pending-login token
     * that only POST /auth/login/mfa accepts. The throttle is cleared only when the whole sign-in succeeds.
     */
    async login(input: { login: string; password: string; previousToken?: string | undefined }, facts: RequestFacts): Promise<LoginResult> {
      const now = clock();
      const login = normalizeLogin(input.login);
      await reserveLoginAttempt(db, login, facts.ip, now);
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
      if ((await findUserMfa(db, user.id))?.confirmed_at) {
        const pendingToken = newOpaqueToken();
        const expiresAt = new Date(now.getTime() + PENDING_MFA_LOGIN_MS);
        await insertPendingLogin(db, hashToken(pendingToken), user.id, expiresAt.toISOString());
        return { kind: 'mfa', pendingToken, expiresAt };
      }
      await clearLoginAttempts(db, login, facts.ip);
      return openSession(user, facts, input.previousToken, 'auth.login');
    },

    /** Second step of a sign-in with MFA: the pending-login token plus a code or a recovery code. */
    async completeMfaLogin(pendingToken: string | undefined, input: SecondFactorInput & { previousToken?: string | undefined }, facts: RequestFacts) {
      const now = clock();
      const pending = pendingToken ? await findPendingLogin(db, hashToken(pendingToken)) : undefined;
      const user = pending && Date.parse(pending.expires_at) > now.getTime() ? await findUserById(db, pending.user_id) : undefined;
      if (!pending || !user || user.status !== 'active') {
        throw new UnauthorizedError('This sign-in has expired. Enter your password again.', 'mfa_login_expired');
      }
      await reserveLoginAttempt(db, user.login, facts.ip, now);
      const method = await verifySecondFactor(db, user, input, now, facts);
      if (!method) {
        await countFailureOfAddress(db, facts.ip, now);
        throw new UnauthorizedError(INVALID_MFA_CODE, 'invalid_mfa_code');
      }
      await deletePendingLogin(db, pending.id, now.toISOString());
      await clearLoginAttempts(db, user.login, facts.ip);
      return openSession(user, facts, input.previousToken, 'auth.login', { mfa: method });
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
      const { session_id: sessionId, session_preview_by_user_id: _preview, session_idle_expires_at: idleExpires, session_absolute_expires_at: absoluteExpires, session_last_seen_at: lastSeen, session_mfa_enrolment_required: mfaGate, session_access_epoch: accessEpoch, ...user } = found;
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
      return { principal: principalFor(user, sessionId), user, sessionId, apiTokenId: null, previewBy, mfaEnrolmentRequired: mfaGate === 1, accessEpoch: accessEpoch ?? null };
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
