import QRCode from 'qrcode';
import type { AppContext, DbExecutor } from '../../context.js';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { StaffPrincipal } from '../access/principal.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { RequestFacts } from '../auth/auth.service.js';
import { reserveLoginAttempt } from '../auth/login-throttle.js';
import { verifyPassword } from '../auth/passwords.js';
import { findUserById, type UserRow } from '../users/users.repository.js';
import {
  acceptStep,
  countRecoveryCodesLeft,
  deleteUserMfa,
  findUserMfa,
  isMfaRequiredFor,
  liftEnrolmentGate,
  readSetting,
  replaceRecoveryCodes,
  saveUnconfirmedSecret,
  STAFF_MFA_REQUIRED,
  writeSetting,
} from './mfa.repository.js';
import { verifySecondFactor, type SecondFactorInput } from './second-factor.js';
import { hashRecoveryCode, matchingStep, newRecoveryCode, newTotpSecret, otpauthUrl, RECOVERY_CODE_COUNT } from './totp.js';

const WRONG_CODE = 'The code is not correct. Check the time on your phone and try the newest code.';

export type MfaService = ReturnType<typeof createMfaService>;

export function createMfaService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  const audit = (trx: DbExecutor, actor: string, subject: UserRow, action: AuditAction, facts: RequestFacts, details?: Record<string, unknown>) =>
    recordAuditEvent(trx, {
      occurredAt: clock().toISOString(),
      actorUserId: actor,
      customerId: subject.customer_id,
      action,
      resourceType: 'user',
      resourceId: subject.id,
      ...(details ? { details } : {}),
      ip: facts.ip,
      requestId: facts.requestId,
    });

  /** Fresh one-time codes: the plain codes go to the caller once, only their hashes are kept. */
  async function issueRecoveryCodes(trx: DbExecutor, userId: string, now: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await replaceRecoveryCodes(trx, userId, codes.map(hashRecoveryCode), now);
    return codes;
  }

  /** Account changes that need a second factor go through the sign-in throttle too. */
  async function requireSecondFactor(user: UserRow, input: SecondFactorInput, facts: RequestFacts) {
    const now = clock();
    await reserveLoginAttempt(db, user.login, facts.ip, now);
    if (!(await verifySecondFactor(db, user, input, now, facts))) throw new UnprocessableError(WRONG_CODE, 'invalid_mfa_code');
  }

  return {
    async status(user: UserRow) {
      const mfa = await findUserMfa(db, user.id);
      const enrolled = Boolean(mfa?.confirmed_at);
      return {
        enrolled,
        required: await isMfaRequiredFor(db, user),
        recoveryCodesLeft: enrolled ? await countRecoveryCodesLeft(db, user.id) : 0,
      };
    },

    /** A new secret for the authenticator app; it is shown only until the first code confirms it. */
    async startEnrolment(user: UserRow) {
      if ((await findUserMfa(db, user.id))?.confirmed_at) {
        throw new ConflictError('Two-factor sign-in is already set up. Turn it off first to set up another device.', 'mfa_already_enrolled');
      }
      const secret = newTotpSecret();
      await saveUnconfirmedSecret(db, user.id, secret, clock().toISOString());
      const url = otpauthUrl(secret, user.login);
      return { secret, otpauthUrl: url, qrCode: await QRCode.toDataURL(url, { margin: 1, width: 240 }) };
    },

    async confirmEnrolment(user: UserRow, code: string, facts: RequestFacts) {
      const now = clock();
      const mfa = await findUserMfa(db, user.id);
      if (!mfa || mfa.confirmed_at) throw new ConflictError('Start the set-up first.', 'mfa_enrolment_not_started');
      await reserveLoginAttempt(db, user.login, facts.ip, now);
      const step = matchingStep(mfa.secret, code.trim(), now);
      if (step === null) {
        await audit(db, user.id, user, 'auth.mfa_failed', facts, { method: 'code', reason: 'wrong_code', during: 'enrolment' });
        throw new UnprocessableError(WRONG_CODE, 'invalid_mfa_code');
      }
      const nowIso = now.toISOString();
      return db.transaction().execute(async (trx) => {
        if (!(await acceptStep(trx, user.id, step, nowIso))) throw new UnprocessableError(WRONG_CODE, 'invalid_mfa_code');
        const recoveryCodes = await issueRecoveryCodes(trx, user.id, nowIso);
        await liftEnrolmentGate(trx, user.id);
        await audit(trx, user.id, user, 'auth.mfa_enrolled', facts);
        return { recoveryCodes };
      });
    },

    /** Turning it off needs the password and a code: a stolen session alone cannot remove the second factor. */
    async disable(user: UserRow, password: string, input: SecondFactorInput, facts: RequestFacts) {
      if (!(await findUserMfa(db, user.id))?.confirmed_at) throw new ConflictError('Two-factor sign-in is not set up.', 'mfa_not_enrolled');
      if (await isMfaRequiredFor(db, user)) {
        throw new ForbiddenError('Your administrator requires two-factor sign-in; it cannot be turned off.', 'mfa_required');
      }
      if (!user.password_hash || !(await verifyPassword(user.password_hash, password))) {
        throw new ForbiddenError('The current password is not correct.', 'wrong_password');
      }
      await requireSecondFactor(user, input, facts);
      await db.transaction().execute(async (trx) => {
        await deleteUserMfa(trx, user.id);
        await audit(trx, user.id, user, 'auth.mfa_disabled', facts);
      });
    },

    /** New recovery codes replace all old ones (e.g. after using some, or when the printout is lost). */
    async regenerateRecoveryCodes(user: UserRow, input: SecondFactorInput, facts: RequestFacts) {
      if (!(await findUserMfa(db, user.id))?.confirmed_at) throw new ConflictError('Two-factor sign-in is not set up.', 'mfa_not_enrolled');
      await requireSecondFactor(user, input, facts);
      return db.transaction().execute(async (trx) => {
        const recoveryCodes = await issueRecoveryCodes(trx, user.id, clock().toISOString());
        await audit(trx, user.id, user, 'auth.mfa_recovery_codes_regenerated', facts);
        return { recoveryCodes };
      });
    },

    /** An admin removes a user's authenticator (lost phone); the user signs in with the password and enrols again. */
    async resetByAdmin(admin: StaffPrincipal, userId: string, facts: RequestFacts) {
      if (admin.role !== 'admin') throw new ForbiddenError('Your role does not allow this.');
      const user = await findUserById(db, userId);
      if (!user) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        await deleteUserMfa(trx, user.id);
        await audit(trx, admin.userId, user, 'user.mfa_reset', facts);
      });
    },

    async securitySettings() {
      return { staffMfaRequired: (await readSetting(db, STAFF_MFA_REQUIRED)) === 'true' };
    },

    async updateSecuritySettings(admin: StaffPrincipal, input: { staffMfaRequired: boolean }, facts: RequestFacts) {
      if (admin.role !== 'admin') throw new ForbiddenError('Your role does not allow this.');
      const before = await this.securitySettings();
      const nowIso = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await writeSetting(trx, STAFF_MFA_REQUIRED, String(input.staffMfaRequired), nowIso);
        await recordAuditEvent(trx, {
          occurredAt: nowIso,
          actorUserId: admin.userId,
          action: 'settings.update',
          resourceType: 'settings',
          resourceId: 'security',
          details: { before, after: input },
          ip: facts.ip,
          requestId: facts.requestId,
        });
      });
      return input;
    },
  };
}
