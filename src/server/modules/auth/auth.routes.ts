import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Body, errorResponses, Id, Literals, Timestamp } from '../../http/schemas.js';
import { AccessModeFields } from '../access/access-schemas.js';
import { secondFactorBody } from '../mfa/mfa.routes.js';
import { PORTAL_AREAS } from '../customers/customers.mapping.js';
import { StaffRole } from '../users/users.mapping.js';
import {
  clearPreviewCookie,
  clearMfaPendingCookie,
  clearSessionCookie,
  MFA_PENDING_COOKIE,
  requestFacts,
  requireScope,
  requireSession,
  SESSION_COOKIE,
  setMfaPendingCookie,
  setSessionCookie,
} from '../../plugins/authentication.js';
import type { UserRow } from '../users/users.repository.js';
import { isExternal } from '../access/portal-capabilities.js';
import type { AuthService } from './auth.service.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords.js';

/** The signed-in caller, as GET /me and every sign-in answer give it. */
export const Me = Type.Object({
  id: Id,
  kind: Type.Union([Type.Literal('staff'), Type.Literal('external')]),
  login: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  displayName: Type.String(),
  roles: Type.Array(StaffRole, { description: 'A staff user’s role; empty for portal users' }),
  locale: Type.Union([Type.String(), Type.Null()]),
  mustChangePassword: Type.Boolean(),
  lastLoginAt: Type.Union([Timestamp, Type.Null()]),
  customerId: Type.Union([Id, Type.Null()]),
  /** The session reaches only two-factor enrolment until the user enrols (required by an admin). */
  mfaEnrolmentRequired: Type.Optional(Type.Boolean()),
  /** Set while a staff user previews the portal as this user (read-only). */
  previewBy: Type.Optional(Type.Union([Id, Type.Null()])),
  /** External users: what the portal should offer them. */
  portal: Type.Optional(
    Type.Object({
      customerIds: Type.Array(Id),
      areas: Type.Array(Literals(PORTAL_AREAS), { description: 'The portal areas the user has at least one customer for' }),
      sitesRestricted: Type.Boolean(),
      writableSiteIds: Type.Array(Id),
      modes: Type.Object(AccessModeFields),
      capabilities: Type.Object({
        manageDevices: Type.Boolean(),
        createTickets: Type.Boolean(),
        ticketTypeIds: Type.Array(Id),
        statusIds: Type.Array(Id),
        recipientUserIds: Type.Array(Id),
        recipientGroupIds: Type.Array(Id),
        uploadFiles: Type.Boolean(),
        customerAdmin: Type.Boolean(),
        approve: Type.Boolean(),
        approvalLimit: Type.Union([Type.Integer(), Type.Null()]),
      }),
    }),
  ),
});

/** Either signed in, or a code must follow (the pending-login cookie is set). */
const LoginAnswer = Type.Object({ user: Type.Optional(Me), mfaRequired: Type.Optional(Type.Boolean()) });

export function toMe(user: UserRow) {
  return {
    id: user.id,
    kind: user.kind,
    login: user.login,
    email: user.email,
    displayName: user.display_name,
    roles: user.role ? [user.role] : [],
    locale: user.locale,
    mustChangePassword: user.must_change_password === 1,
    lastLoginAt: user.last_login_at,
    customerId: user.customer_id,
  };
}

export interface AuthRoutesOptions {
  auth: AuthService;
  secureCookies: boolean;
}

export const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesOptions> = async (app, { auth, secureCookies }) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the HttpOnly session cookie, or answers mfaRequired when a code must follow',
        body: Body({
          login: Type.String({ minLength: 1, maxLength: 320 }),
          password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
        }),
        response: { 200: LoginAnswer, ...errorResponses(429) },
      },
    },
    async (request, reply) => {
      const result = await auth.login(
        { ...request.body, previousToken: request.cookies[SESSION_COOKIE] },
        requestFacts(request),
      );
      if (result.kind === 'mfa') {
        setMfaPendingCookie(reply, result.pendingToken, result.expiresAt, secureCookies);
        return { mfaRequired: true };
      }
      setSessionCookie(reply, result.token, result.absoluteExpiresAt, secureCookies);
      return { user: { ...toMe(result.user), mfaEnrolmentRequired: result.mfaEnrolmentRequired } };
    },
  );

  app.post(
    '/auth/login/mfa',
    {
      schema: {
        tags: ['auth'],
        summary: 'Second sign-in step: a code from the authenticator or a one-time recovery code',
        body: secondFactorBody({}),
        response: { 200: LoginAnswer, ...errorResponses(429) },
      },
    },
    async (request, reply) => {
      const result = await auth.completeMfaLogin(
        request.cookies[MFA_PENDING_COOKIE],
        { ...request.body, previousToken: request.cookies[SESSION_COOKIE] },
        requestFacts(request),
      );
      clearMfaPendingCookie(reply, secureCookies);
      setSessionCookie(reply, result.token, result.absoluteExpiresAt, secureCookies);
      return { user: { ...toMe(result.user), mfaEnrolmentRequired: result.mfaEnrolmentRequired } };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { allowDuringPasswordChange: true, allowDuringPreview: true, allowDuringMfaEnrolment: true },
      schema: { tags: ['auth'], summary: 'Sign out: ends this session (and a preview it shows)', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const session = request.auth;
      if (session?.previewBy) {
        // During a preview the request runs as the previewed user; the staff user's own session is the cookie's.
        const own = await auth.resolveSession(request.cookies[SESSION_COOKIE] ?? '');
        await auth.logout(own?.sessionId ?? null, session.previewBy, requestFacts(request), session.sessionId);
      } else if (session?.sessionId) {
        await auth.logout(session.sessionId, session.user.id, requestFacts(request));
      }
      clearSessionCookie(reply, secureCookies);
      clearPreviewCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { allowDuringPasswordChange: true, allowDuringMfaEnrolment: true },
      schema: { tags: ['auth'], summary: 'The signed-in caller', response: { 200: Me } },
    },
    async (request) => {
      const session = requireSession(request);
      const me = { ...toMe(session.user), previewBy: session.previewBy, mfaEnrolmentRequired: session.mfaEnrolmentRequired ?? false };
      const scope = await requireScope(request);
      if (!isExternal(scope)) return me;
      const { facts } = scope;
      const areas = PORTAL_AREAS.filter((area) => facts.areaCustomerIds[area].length > 0);
      return {
        ...me,
        portal: { customerIds: facts.customerIds, areas, sitesRestricted: facts.sitesRestricted, writableSiteIds: facts.writableSiteIds, modes: { ...facts.modes }, capabilities: facts.capabilities },
      };
    },
  );

  app.put(
    '/me/locale',
    {
      config: { allowDuringPasswordChange: true, allowDuringMfaEnrolment: true },
      schema: {
        tags: ['auth'],
        summary: 'Set the caller’s language: e-mails and notifications to them use it',
        body: Body({ locale: Type.Union([Type.Literal('en'), Type.Literal('de')]) }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await app.ctx.db.updateTable('users').set({ locale: request.body.locale }).where('id', '=', session.user.id).execute();
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { allowDuringPasswordChange: true, allowDuringMfaEnrolment: true, sessionOnly: true },
      schema: {
        tags: ['auth'],
        summary: "Change the caller's password; other sessions of the user end",
        body: Body({
          currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
          newPassword: Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH }),
        }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await auth.changePassword(requireSession(request), request.body.currentPassword, request.body.newPassword, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};
