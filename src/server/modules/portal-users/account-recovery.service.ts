import type { AppContext, DbExecutor } from '../../context.js';
import { BadRequestError, ConflictError, NotFoundError, RateLimitedError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { AuthService, RequestFacts } from '../auth/auth.service.js';
import { assertAcceptablePassword, hashPassword } from '../auth/passwords.js';
import { endAllAccessOfUser } from '../auth/sessions.repository.js';
import { mailLocale } from '../mail/mail-locale.js';
import { passwordResetMail } from '../mail/mail-templates.js';
import { enqueueMail } from '../mail/outbox.repository.js';
import { currentCount, incrementCounter } from '../rate-limit/rate-limit.repository.js';
import { findUserById, findUserByLogin, normalizeLogin, updateUser, type UserRow } from '../users/users.repository.js';
import { isUniqueViolation } from '../../db/database-errors.js';
import { consumeLink, createLink, findUsableLink, revokeOpenLinks } from './one-time-links.repository.js';

const RESET_VALID_MS = 60 * 60 * 1000;
const RESETS_PER_ADDRESS_PER_HOUR = 5;
/** Requests per client address and hour, across addresses: enough for an office, not for a sweep. */
const RESETS_PER_IP_PER_HOUR = 30;
const INVALID_LINK = 'This link is invalid or has expired. Ask for a new one.';

export type AccountRecoveryService = ReturnType<typeof createAccountRecoveryService>;

/** Activation from an invitation link, and password resets (self-service and staff-triggered). */
export function createAccountRecoveryService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>, auth: AuthService) {
  async function queueReset(user: UserRow, createdBy: string | null, facts: RequestFacts) {
    const now = clock();
    await db.transaction().execute(async (trx) => {
      await revokeOpenLinks(trx, 'password_resets', user.id, now);
      const { token } = await createLink(trx, 'password_resets', { userId: user.id, now, validForMs: RESET_VALID_MS, createdBy });
      const link = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await enqueueMail(trx, passwordResetMail({ to: user.email!, userId: user.id, name: user.display_name, login: user.login, link, locale: mailLocale(user.locale) }), now);
      await recordAuditEvent(trx, {
        occurredAt: now.toISOString(),
        actorUserId: createdBy ?? user.id,
        customerId: user.customer_id,
        action: createdBy ? 'user.password_reset_sent_by_staff' : 'auth.password_reset_requested',
        resourceType: 'user',
        resourceId: user.id,
        ip: facts.ip,
        requestId: facts.requestId,
      });
    });
  }

  /** `claim` runs first in the same transaction (an activation uses its link up there, or not at all). */
  async function setPassword(userId: string, password: string, extra: Partial<UserRow>, action: AuditAction, facts: RequestFacts, claim?: (trx: DbExecutor) => Promise<void>) {
    const now = clock();
    const passwordHash = await hashPassword(password);
    const nowIso = now.toISOString();
    await db.transaction().execute(async (trx) => {
      await claim?.(trx);
      await updateUser(trx, userId, { password_hash: passwordHash, password_changed_at: nowIso, must_change_password: 0, updated_at: nowIso, ...extra });
      // Whoever knew the old password may have minted a token with it: a reset ends sessions and tokens.
      await endAllAccessOfUser(trx, userId, now);
      await recordAuditEvent(trx, { occurredAt: nowIso, actorUserId: userId, action, resourceType: 'user', resourceId: userId, ip: facts.ip, requestId: facts.requestId });
    });
  }

  return {
    /** Activates an invited account with its first password and signs the user in. */
    async activate(token: string, password: string, previousToken: string | undefined, facts: RequestFacts, chosenLogin?: string) {
      assertAcceptablePassword(password);
      const now = clock();
      const link = await findUsableLink(db, 'invitations', token, now);
      const user = link ? await findUserById(db, link.user_id) : undefined;
      if (!link || !user || user.status !== 'pending') throw new BadRequestError(INVALID_LINK, [{ path: 'body/token', message: 'is invalid or expired' }]);
      // The invitation's login may have been an active account's already (migration 017): its user then
      // chooses another. The link stays usable until the activation succeeds.
      const login = chosenLogin === undefined ? user.login : normalizeLogin(chosenLogin);
      if (!login) throw new BadRequestError('Choose a login.', [{ path: 'body/login', message: 'must not be empty' }]);
      const holder = await findUserByLogin(db, login);
      const loginInUse = () =>
        new ConflictError(chosenLogin === undefined ? 'Another account already signs in with this login. Choose a login for this one.' : 'Another account already signs in with this login. Choose another.', 'login_taken');
      if (holder && holder.id !== user.id && holder.status === 'active') throw loginInUse();
      const claim = async (trx: DbExecutor) => {
        if (!(await consumeLink(trx, 'invitations', link.id, now))) throw new BadRequestError(INVALID_LINK);
      };
      await setPassword(user.id, password, { status: 'active', login }, 'user.activated', facts, claim).catch((error: unknown) => {
        // Another account took the login between the check and the commit.
        throw isUniqueViolation(error) ? loginInUse() : error;
      });
      const activated = (await findUserById(db, user.id))!;
      return auth.openSession(activated, facts, previousToken, 'auth.login');
    },

    /**
     * Always succeeds from the caller's view: whether the address has an account is never revealed, not
     * even by timing. The caller answers after the throttle (the same work for every address) and then
     * runs the returned follow-up, which looks the address up and queues the mail, after the response.
     */
    async requestReset(email: string, facts: RequestFacts): Promise<(() => Promise<void>) | null> {
      const now = clock();
      if (facts.ip) {
        const fromIp = await incrementCounter(db, `reset-ip:${facts.ip}`, now, 3600);
        if (fromIp > RESETS_PER_IP_PER_HOUR) throw new RateLimitedError((await currentCount(db, `reset-ip:${facts.ip}`, now, 3600)).retryAfterSeconds);
      }
      const address = email.trim().toLowerCase();
      const recent = await incrementCounter(db, `reset:${address}`, now, 3600);
      if (recent > RESETS_PER_ADDRESS_PER_HOUR) return null;
      return async () => {
        // Every active account of the address: a person may hold one at each of two customers.
        const users = await db.selectFrom('users').selectAll().where('email', '=', address).where('status', '=', 'active').orderBy('created_at').execute();
        for (const user of users) await queueReset(user, null, facts);
      };
    },

    async confirmReset(token: string, password: string, facts: RequestFacts) {
      assertAcceptablePassword(password);
      const now = clock();
      const link = await findUsableLink(db, 'password_resets', token, now);
      const user = link ? await findUserById(db, link.user_id) : undefined;
      if (!link || !user || user.status !== 'active') throw new BadRequestError(INVALID_LINK, [{ path: 'body/token', message: 'is invalid or expired' }]);
      if (!(await consumeLink(db, 'password_resets', link.id, now))) throw new BadRequestError(INVALID_LINK);
      await setPassword(user.id, password, {}, 'auth.password_reset', facts);
    },

    /** Staff send a reset e-mail to a user they may manage. */
    async sendResetFromStaff(scope: AccessScope, userId: string, facts: RequestFacts) {
      const user = await db.selectFrom('users').selectAll().where(scope.visible('users')).where('id', '=', userId).executeTakeFirst();
      if (!user) throw new NotFoundError('User not found.');
      assertStaffMay(scope.principal, user.kind === 'external' ? 'manage_customers' : 'manage_users');
      if (user.status !== 'active' || !user.email) throw new ConflictError('Only active users with an e-mail address can reset their password.', 'not_active');
      await queueReset(user, scope.principal.userId, facts);
    },
  };
}
