import type { DbExecutor } from '../../context.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { RequestFacts } from '../auth/auth.service.js';
import type { UserRow } from '../users/users.repository.js';
import { acceptStep, findUserMfa, useRecoveryCode } from './mfa.repository.js';
import { hashRecoveryCode, matchingStep } from './totp.js';

export interface SecondFactorInput {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

/**
 * Checks the code (or one-time recovery code) of a user with a confirmed authenticator. The caller has
 * reserved a throttle slot first. Failures and every recovery code spent land in the audit log.
 */
export async function verifySecondFactor(db: DbExecutor, user: UserRow, input: SecondFactorInput, now: Date, facts: RequestFacts): Promise<'code' | 'recovery_code' | null> {
  const mfa = await findUserMfa(db, user.id);
  const nowIso = now.toISOString();
  const audit = (action: AuditAction, details: Record<string, unknown>) =>
    recordAuditEvent(db, { occurredAt: nowIso, actorUserId: user.id, customerId: user.customer_id, action, resourceType: 'user', resourceId: user.id, details, ip: facts.ip, requestId: facts.requestId });
  if (mfa?.confirmed_at) {
    if (input.code !== undefined) {
      const step = matchingStep(mfa.secret, input.code.trim(), now);
      if (step !== null && (await acceptStep(db, user.id, step))) return 'code';
      await audit('auth.mfa_failed', { method: 'code', reason: step === null ? 'wrong_code' : 'code_reused' });
      return null;
    }
    if (input.recoveryCode !== undefined) {
      if (await useRecoveryCode(db, user.id, hashRecoveryCode(input.recoveryCode), nowIso)) {
        await audit('auth.mfa_recovery_code_used', {});
        return 'recovery_code';
      }
      await audit('auth.mfa_failed', { method: 'recovery_code', reason: 'wrong_recovery_code' });
      return null;
    }
  }
  await audit('auth.mfa_failed', { method: 'none', reason: 'not_enrolled' });
  return null;
}
