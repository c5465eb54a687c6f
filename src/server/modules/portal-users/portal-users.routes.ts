import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Body, errorResponses, Id, Nullable, Timestamp } from '../../http/schemas.js';
import { requestFacts, requireScope, SESSION_COOKIE, setSessionCookie } from '../../plugins/authentication.js';
import { ROLE_TEMPLATE_KEYS } from '../access/access-config.js';
import { Me, toMe } from '../auth/auth.routes.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwords.js';
import { MAIL_LOCALES } from '../mail/mail-locale.js';
import type { AccountRecoveryService } from './account-recovery.service.js';
import type { PortalUsersService } from './portal-users.service.js';

const IdParams = Type.Object({ id: Id });
/** A login ID or e-mail address: no spaces. */
const LoginField = Type.String({ minLength: 3, maxLength: 320, pattern: '^\\S+$' });

const Invitation = Body({
  email: Type.String({ format: 'email', maxLength: 320 }),
  displayName: Type.String({ minLength: 1, maxLength: 200 }),
  customerId: Id,
  contactId: Type.Optional(Nullable(Id)),
  login: Type.Optional(LoginField),
  roleTemplate: Type.Union(ROLE_TEMPLATE_KEYS.map((k) => Type.Literal(k))),
  sites: Type.Optional(Type.Array(Body({ siteId: Id, level: Type.Union([Type.Literal('read'), Type.Literal('write')]) }), { maxItems: 500 })),
  sitesFromContact: Type.Optional(
    Type.Boolean({ description: "Take the contact's sites as the user's site scope; default: on when a contact is given and no sites are" }),
  ),
  initialPassword: Type.Optional(Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })),
  locale: Type.Optional(Type.Union(MAIL_LOCALES.map((l) => Type.Literal(l)), { description: "Language of the invitation e-mail and of the user's portal; without it English, until the user chooses" })),
});

const InvitedUser = Type.Object({
  id: Id,
  login: Type.String(),
  email: Nullable(Type.String()),
  displayName: Type.String(),
  customerId: Nullable(Id),
  roleTemplate: Nullable(Type.String()),
  status: Type.String(),
});

const InvitationState = Type.Object({
  userId: Id,
  state: Type.Union([Type.Literal('pending'), Type.Literal('expired'), Type.Literal('revoked'), Type.Literal('active'), Type.Literal('disabled')]),
  sentAt: Nullable(Timestamp),
  expiresAt: Nullable(Timestamp),
  acceptedAt: Nullable(Timestamp),
});

const tags = ['portal users'];

export const portalUsersRoutes: FastifyPluginAsyncTypebox<{ portalUsers: PortalUsersService; recovery: AccountRecoveryService }> = async (
  app,
  { portalUsers, recovery },
) => {
  app.post(
    '/users/invitations',
    {
      schema: {
        tags,
        summary: 'Invite external users by e-mail: one invitation, or {invitations: [...]} in bulk (all or none)',
        body: Type.Union([Invitation, Body({ invitations: Type.Array(Invitation, { minItems: 1, maxItems: 200 }) })]),
        response: { 201: Type.Object({ items: Type.Array(InvitedUser) }) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const inputs = 'invitations' in body ? body.invitations : [body];
      const users = await portalUsers.invite(await requireScope(request), inputs, requestFacts(request));
      const items = users.map((u) => ({ id: u.id, login: u.login, email: u.email, displayName: u.display_name, customerId: u.customer_id, roleTemplate: u.role_template, status: u.status }));
      return reply.status(201).send({ items });
    },
  );

  app.get(
    '/users/:id/invitation',
    { schema: { tags, summary: 'Invitation state of an external user', params: IdParams, response: { 200: InvitationState } } },
    async (request) => portalUsers.invitationState(await requireScope(request), request.params.id),
  );

  app.post(
    '/users/:id/invitation/resend',
    { schema: { tags, summary: 'Send a new invitation link (the previous one stops working)', params: IdParams, response: { 200: InvitationState } } },
    async (request) => portalUsers.resend(await requireScope(request), request.params.id, requestFacts(request)),
  );

  app.delete(
    '/users/:id/invitation',
    { schema: { tags, summary: 'Revoke an open invitation', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await portalUsers.revoke(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/users/:id/password-reset',
    { schema: { tags, summary: 'E-mail the user a password-reset link', params: IdParams, response: { 202: Type.Null() } } },
    async (request, reply) => {
      await recovery.sendResetFromStaff(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(202).send(null);
    },
  );

  const TokenAndPassword = Body({ token: Type.String({ minLength: 10, maxLength: 200 }), password: Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH }) });
  const secure = app.ctx.config.publicUrl.startsWith('https://');

  app.post(
    '/auth/activate',
    {
      schema: {
        tags: ['auth'],
        summary: 'Activate an invited account with its first password; signs in',
        description: 'Answers 409 `login_taken` when another account already signs in with the invitation\'s login: send the request again with a `login` of your choice.',
        security: [],
        body: Body({ ...TokenAndPassword.properties, login: Type.Optional(LoginField) }),
        response: { 200: Type.Object({ user: Me }), ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const result = await recovery.activate(request.body.token, request.body.password, request.cookies[SESSION_COOKIE], requestFacts(request), request.body.login);
      setSessionCookie(reply, result.token, result.absoluteExpiresAt, secure);
      return { user: toMe(result.user) };
    },
  );

  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Request a password-reset e-mail (always 202: never reveals whether the address has an account)',
        security: [],
        body: Body({ email: Type.String({ minLength: 1, maxLength: 320 }) }),
        response: { 202: Type.Null(), ...errorResponses(429) },
      },
    },
    async (request, reply) => {
      const followUp = await recovery.requestReset(request.body.email, requestFacts(request));
      await reply.status(202).send(null);
      // After the answer, so its timing is the same whether or not the address has an account.
      if (followUp) await followUp().catch((error: unknown) => request.log.error({ err: error }, 'password reset e-mail not queued'));
      return reply;
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    { schema: { tags: ['auth'], summary: 'Set a new password with a reset link; ends all sessions', security: [], body: TokenAndPassword, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await recovery.confirmReset(request.body.token, request.body.password, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};
