import { readerLanguage } from '../http/reader-language.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthService, RequestFacts, ResolvedSession } from '../modules/auth/auth.service.js';
import type { ApiTokenService } from '../modules/api-tokens/api-tokens.service.js';
import type { Principal, StaffPrincipal, StaffRole } from '../modules/access/principal.js';
import { loadAccessScope, type AccessScope } from '../modules/access/access-scope.js';
import { ForbiddenError, UnauthorizedError } from './errors.js';

export const SESSION_COOKIE = 'portico_session';
export const PREVIEW_COOKIE = 'portico_preview';
/** Between a correct password and a correct code; sent only to the login endpoints. */
export const MFA_PENDING_COOKIE = 'portico_mfa_pending';
const MFA_PENDING_PATH = '/api/v1/auth/login';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, resolved once per request; null for anonymous callers. */
    auth: ResolvedSession | null;
    /** Memoized by requireScope: the caller's access scope, loaded at most once per request. */
    accessScope: Promise<AccessScope> | null;
  }
  interface FastifyContextConfig {
    /** Reachable while the user still has to change an initial password (me, logout, change password). */
    allowDuringPasswordChange?: boolean;
    /** Reachable while the user must still enrol a second factor (me, logout, enrolment). */
    allowDuringMfaEnrolment?: boolean;
    /** Reachable with a write method during a read-only preview (ending the preview). */
    allowDuringPreview?: boolean;
    /** Needs a signed-in browser session: an API token may not change passwords, mint tokens or preview. */
    sessionOnly?: boolean;
  }
}

/**
 * `Authorization: Bearer <token>`: the token, '' when malformed, undefined for no header or another scheme
 * (a reverse proxy's Basic auth passes through to us and must not lock browser sessions out).
 */
function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined || !/^Bearer(\s|$)/i.test(header)) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : '';
}

export function registerAuthentication(app: FastifyInstance, auth: AuthService, apiTokens: ApiTokenService): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('accessScope', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // Integrations: a token in the header decides alone; cookies sent along are ignored, and a bad token
    // is never rescued by a browser session.
    const bearer = bearerToken(request);
    if (bearer !== undefined) {
      request.auth = bearer ? await apiTokens.resolve(bearer) : null;
      if (!request.auth) throw new UnauthorizedError('The API token is invalid, expired or revoked.', 'invalid_token');
      if (request.routeOptions.config?.sessionOnly) throw new ForbiddenError('Sign in with a browser session to do this; API tokens cannot.', 'session_required');
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.auth = await auth.resolveSession(token);
    // Preview: a staff user's requests answer exactly as the previewed portal user would see them.
    const previewToken = request.cookies[PREVIEW_COOKIE];
    if (previewToken && request.auth?.principal.kind === 'staff') {
      const preview = await auth.resolveSession(previewToken, request.auth.user.id);
      if (preview) request.auth = preview;
      // An ended or expired preview must never fall back to the staff user's own (writable) access.
      else if (!request.routeOptions.config?.allowDuringPreview) throw new UnauthorizedError('This preview has ended. Close it to return to your own view.', 'preview_ended');
    }
    // Checked before body validation, so a preview never even reaches a write handler.
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    if (request.auth?.previewBy && !readOnly && !request.routeOptions.config?.allowDuringPreview) {
      throw new ForbiddenError('This is a read-only preview of the portal.', 'preview_read_only');
    }
  });
  app.addHook('preHandler', async (request) => {
    // A preview shows the portal as it is set up, even before the user's first password change.
    if (request.auth?.user.must_change_password && !request.auth.previewBy && !request.routeOptions.config.allowDuringPasswordChange) {
      throw new ForbiddenError('Change your password before you continue.', 'password_change_required');
    }
    // Deny by default: a session that must enrol reaches nothing else; previews and API tokens never carry the gate.
    if (request.auth?.mfaEnrolmentRequired && !request.auth.previewBy && !request.routeOptions.config.allowDuringMfaEnrolment) {
      throw new ForbiddenError('Set up two-factor sign-in before you continue.', 'mfa_enrolment_required');
    }
  });
}

export function requestFacts(request: FastifyRequest): RequestFacts {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null, requestId: String(request.id) };
}

export function requireSession(request: FastifyRequest): ResolvedSession {
  if (!request.auth) throw new UnauthorizedError();
  return request.auth;
}

export function requirePrincipal(request: FastifyRequest): Principal {
  return requireSession(request).principal;
}

/** Staff-only endpoints (back-office configuration): external users get 403, staff outside `roles` too. */
export function requireStaff(request: FastifyRequest, roles?: readonly StaffRole[]): StaffPrincipal {
  const principal = requirePrincipal(request);
  if (principal.kind !== 'staff') throw new ForbiddenError();
  if (roles && !roles.includes(principal.role)) throw new ForbiddenError('Your role does not allow this.');
  return principal;
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function setMfaPendingCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  reply.setCookie(MFA_PENDING_COOKIE, token, { path: MFA_PENDING_PATH, httpOnly: true, sameSite: 'strict', secure, expires });
}

export function clearMfaPendingCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(MFA_PENDING_COOKIE, { path: MFA_PENDING_PATH, httpOnly: true, sameSite: 'strict', secure });
}

export function clearPreviewCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(PREVIEW_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** The signed-in caller's access scope (what they may see); 401 when nobody is signed in. */
export function requireScope(request: FastifyRequest): Promise<AccessScope> {
  const session = requireSession(request);
  request.accessScope ??= loadAccessScope(request.server.ctx.db, session.principal, session.accessEpoch).then((scope) => ({
    ...scope,
    language: readerLanguage(request.headers['accept-language']),
  }));
  return request.accessScope;
}
