import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import {
  clearSessionCookie,
  requestFacts,
  requireSession,
  SESSION_COOKIE,
  setSessionCookie,
} from '../../plugins/authentication.js';
import type { UserRow } from '../users/users.repository.js';
import type { AuthService } from './auth.service.js';
import { PASSWORD_MAX_LENGTH } from './passwords.js';

const Me = Type.Object({
  id: Id,
  kind: Type.Union([Type.Literal('staff'), Type.Literal('external')]),
  login: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  locale: Type.Union([Type.String(), Type.Null()]),
  mustChangePassword: Type.Boolean(),
  lastLoginAt: Type.Union([Timestamp, Type.Null()]),
});

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
        summary: 'Sign in; sets the HttpOnly session cookie',
        body: Body({
          login: Type.String({ minLength: 1, maxLength: 320 }),
          password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
        }),
        response: { 200: Type.Object({ user: Me }) },
      },
    },
    async (request, reply) => {
      const result = await auth.login(
        { ...request.body, previousToken: request.cookies[SESSION_COOKIE] },
        requestFacts(request),
      );
      setSessionCookie(reply, result.token, result.absoluteExpiresAt, secureCookies);
      return { user: toMe(result.user) };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: 'Sign out: ends this session', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      if (request.auth) await auth.logout(request.auth.sessionId, request.auth.user.id, requestFacts(request));
      clearSessionCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: 'The signed-in caller', response: { 200: Me } },
    },
    async (request) => toMe(requireSession(request).user),
  );

  app.post(
    '/auth/password',
    {
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: "Change the caller's password; other sessions of the user end",
        body: Body({
          currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
          newPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
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
