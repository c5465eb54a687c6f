import type { AppContext } from '../../context.js';
import { ConflictError } from '../../plugins/errors.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { RequestFacts } from '../auth/auth.service.js';
import { hashToken, newOpaqueToken } from '../auth/session-tokens.js';
import { deleteSession } from '../auth/sessions.repository.js';
import type { AccessAdminService } from './access-admin.service.js';
import type { AccessScope } from './access-scope.js';
import { assertStaffMay } from './staff-permissions.js';

const PREVIEW_MINUTES = 30;

export type PreviewService = ReturnType<typeof createPreviewService>;

/**
 * "Preview the portal as this user": a separate, short, read-only session of the external user that
 * only resolves together with the staff session that started it. Start and end are audited.
 */
export function createPreviewService({ db, clock }: Pick<AppContext, 'db' | 'clock'>, accessAdmin: AccessAdminService) {
  return {
    async start(scope: AccessScope, userId: string, facts: RequestFacts) {
      assertStaffMay(scope.principal, 'manage_customers');
      const { user } = await accessAdmin.externalUser(scope, userId);
      if (user.status === 'disabled') throw new ConflictError('A disabled user cannot be previewed.', 'not_active');
      const now = clock();
      const token = newOpaqueToken();
      const expiresAt = new Date(now.getTime() + PREVIEW_MINUTES * 60_000).toISOString();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('sessions')
          .values({ id: hashToken(token), user_id: user.id, created_at: now.toISOString(), last_seen_at: now.toISOString(), idle_expires_at: expiresAt, absolute_expires_at: expiresAt, ip: facts.ip, user_agent: facts.userAgent?.slice(0, 500) ?? null, preview_by_user_id: scope.principal.userId })
          .execute();
        await recordAuditEvent(trx, { occurredAt: now.toISOString(), actorUserId: scope.principal.userId, customerId: user.customer_id, action: 'access.preview_started', resourceType: 'user', resourceId: user.id, ip: facts.ip, requestId: facts.requestId });
      });
      return { token, userId: user.id, expiresAt };
    },

    async end(token: string, previewBy: string, previewedUserId: string, facts: RequestFacts) {
      await db.transaction().execute(async (trx) => {
        await deleteSession(trx, hashToken(token));
        await recordAuditEvent(trx, { occurredAt: clock().toISOString(), actorUserId: previewBy, action: 'access.preview_ended', resourceType: 'user', resourceId: previewedUserId, ip: facts.ip, requestId: facts.requestId });
      });
    },
  };
}
