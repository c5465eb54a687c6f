import type { Selectable } from 'kysely';
import type { AppContext } from '../../context.js';
import type { ApiTokensTable } from '../../db/schema.js';
import { newId } from '../../db/ids.js';
import { PREPARED } from '../../db/prepared-statements.js';
import { fetchPage, matchesText, parseSort } from '../../http/list-query.js';
import { NotFoundError, UnprocessableError, ForbiddenError } from '../../plugins/errors.js';
import type { RequestFacts, ResolvedSession } from '../auth/auth.service.js';
import { principalFor } from '../auth/auth.service.js';
import { hashToken, newOpaqueToken } from '../auth/session-tokens.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { Principal } from '../access/principal.js';
import { staffMay } from '../access/staff-permissions.js';
import { findUserById } from '../users/users.repository.js';

export type ApiTokenRow = Selectable<ApiTokensTable>;

/** Recognisable in logs and secret scanners; the rest is 256 bits from the OS CSPRNG. */
const TOKEN_PREFIX = 'portico_';
/** Shown in lists so people can tell their tokens apart; far too short to guess the rest from. */
const VISIBLE_CHARS = TOKEN_PREFIX.length + 6;
/** Recording "last used" costs a write; once a minute per token is enough to answer "is it still in use?". */
const TOUCH_INTERVAL_MS = 60_000;
const MAX_LIFETIME_DAYS = 3 * 365;

export type ApiTokenService = ReturnType<typeof createApiTokenService>;

/**
 * API tokens for integrations (SPEC §4). A token acts as the staff user who made it, with that user's
 * role, for as long as the user is active and the token is neither revoked nor expired. Portal users
 * do not get tokens: their access is for people in the portal, not for machines.
 */
export function createApiTokenService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  function assertStaff(principal: Principal): void {
    if (principal.kind !== 'staff') throw new ForbiddenError('API tokens are for staff users.');
  }

  /** Own tokens for everyone; admins (who manage users) see and revoke everybody's. */
  function visibleTo(principal: Principal) {
    let query = db.selectFrom('api_tokens').selectAll('api_tokens');
    if (!staffMay(principal, 'manage_users')) query = query.where('api_tokens.user_id', '=', principal.userId);
    return query;
  }

  return {
    async create(principal: Principal, input: { name: string; expiresAt?: string | null | undefined }, facts: RequestFacts) {
      assertStaff(principal);
      const now = clock();
      const expiresAt = input.expiresAt ?? null;
      if (expiresAt !== null) {
        const at = Date.parse(expiresAt);
        if (at <= now.getTime()) throw new UnprocessableError('expiresAt: must be in the future', 'invalid_dates', { field: 'expiresAt' });
        if (at > now.getTime() + MAX_LIFETIME_DAYS * 86_400_000) throw new UnprocessableError(`expiresAt: at most ${MAX_LIFETIME_DAYS} days ahead`, 'invalid_dates', { field: 'expiresAt' });
      }
      const secret = TOKEN_PREFIX + newOpaqueToken();
      const row: ApiTokenRow = {
        id: newId(now.getTime()),
        user_id: principal.userId,
        name: input.name.trim(),
        token_hash: hashToken(secret),
        prefix: secret.slice(0, VISIBLE_CHARS),
        created_at: now.toISOString(),
        expires_at: expiresAt === null ? null : new Date(expiresAt).toISOString(),
        last_used_at: null,
        revoked_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('api_tokens').values(row).execute();
        await recordAuditEvent(trx, {
          occurredAt: row.created_at,
          actorUserId: principal.userId,
          action: 'api_token.create',
          resourceType: 'api_token',
          resourceId: row.id,
          details: { name: row.name, expiresAt: row.expires_at },
          ip: facts.ip,
          requestId: facts.requestId,
        });
      });
      return { row, secret };
    },

    async list(principal: Principal, query: { userId?: string | undefined; active?: boolean | undefined; q?: string | undefined; sort?: string | undefined; cursor?: string | undefined; limit: number }) {
      assertStaff(principal);
      let rows = visibleTo(principal);
      if (query.userId) rows = rows.where('api_tokens.user_id', '=', query.userId);
      if (query.q) rows = rows.where(matchesText(query.q, ['api_tokens.name', 'api_tokens.prefix']));
      if (query.active !== undefined) {
        const now = clock().toISOString();
        rows = query.active
          ? rows.where('api_tokens.revoked_at', 'is', null).where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
          : rows.where((eb) => eb.or([eb('api_tokens.revoked_at', 'is not', null), eb('api_tokens.expires_at', '<=', now)]));
      }
      return fetchPage(rows, { table: 'api_tokens', sort: parseSort(query.sort, { createdAt: 'created_at' }, '-createdAt'), cursor: query.cursor, limit: query.limit });
    },

    /** Revoking is immediate and final; the row stays so the audit log keeps making sense. */
    async revoke(principal: Principal, id: string, facts: RequestFacts) {
      assertStaff(principal);
      const token = await visibleTo(principal).where('api_tokens.id', '=', id).executeTakeFirst();
      if (!token) throw new NotFoundError();
      if (token.revoked_at) return;
      const nowIso = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('api_tokens').set({ revoked_at: nowIso }).where('id', '=', id).execute();
        await recordAuditEvent(trx, {
          occurredAt: nowIso,
          actorUserId: principal.userId,
          action: 'api_token.revoke',
          resourceType: 'api_token',
          resourceId: id,
          details: { name: token.name, ownerUserId: token.user_id },
          ip: facts.ip,
          requestId: facts.requestId,
        });
      });
    },

    /** The caller behind `Authorization: Bearer …`, or null for an unknown, revoked or expired token or an inactive user. */
    async resolve(secret: string): Promise<ResolvedSession | null> {
      if (!secret.startsWith(TOKEN_PREFIX)) return null;
      const now = clock();
      const token = await db.selectFrom('api_tokens').modifyFront(PREPARED).selectAll().where('token_hash', '=', hashToken(secret)).executeTakeFirst();
      if (!token || token.revoked_at || (token.expires_at && Date.parse(token.expires_at) <= now.getTime())) return null;
      const user = await findUserById(db, token.user_id);
      if (!user || user.status !== 'active' || user.kind !== 'staff') return null;
      if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) >= TOUCH_INTERVAL_MS) {
        await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', token.id).execute();
      }
      return { principal: principalFor(user, null), user, sessionId: null, apiTokenId: token.id, previewBy: null };
    },
  };
}
