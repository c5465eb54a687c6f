import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import { Body, errorResponses, Id } from '../../http/schemas.js';
import { requestFacts, requireSession, requireStaff } from '../../plugins/authentication.js';
import { PASSWORD_MAX_LENGTH } from '../auth/passwords.js';
import type { MfaService } from './mfa.service.js';

const tags = ['mfa'];
const Code = Type.String({ minLength: 1, maxLength: 20, description: 'The six digits the authenticator app shows' });
const RecoveryCode = Type.String({ minLength: 1, maxLength: 40, description: 'One of the one-time recovery codes' });

/** A body with a second factor: a code or a recovery code, exactly one of them (besides `fields`). */
export function secondFactorBody<T extends Record<string, TSchema>>(fields: T) {
  return Type.Union([Body({ ...fields, code: Code }), Body({ ...fields, recoveryCode: RecoveryCode })], {
    description: 'Either `code` or `recoveryCode`',
  });
}
const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
const SecuritySettings = Type.Object({ staffMfaRequired: Type.Boolean() });
// Own account: a browser session only (an API token must not change how its owner signs in).
const ownAccount = { sessionOnly: true, allowDuringMfaEnrolment: true } as const;

export const mfaRoutes: FastifyPluginAsyncTypebox<{ mfa: MfaService }> = async (app, { mfa }) => {
  app.get(
    '/me/mfa',
    {
      config: ownAccount,
      schema: {
        tags,
        summary: 'Whether the caller uses two-factor sign-in, must, and how many recovery codes are left',
        response: { 200: Type.Object({ enrolled: Type.Boolean(), required: Type.Boolean(), recoveryCodesLeft: Type.Integer() }) },
      },
    },
    async (request) => mfa.status(requireSession(request).user),
  );

  app.post(
    '/me/mfa/enrolment',
    {
      config: ownAccount,
      schema: {
        tags,
        summary: 'Start enrolment: a new secret, its otpauth URL and a QR code (data URL) for the authenticator app',
        response: { 200: Type.Object({ secret: Type.String(), otpauthUrl: Type.String(), qrCode: Type.String() }) },
      },
    },
    async (request) => mfa.startEnrolment(requireSession(request).user),
  );

  app.post(
    '/me/mfa/enrolment/confirm',
    {
      config: ownAccount,
      schema: {
        tags,
        summary: 'Finish enrolment with a first code; answers the one-time recovery codes (shown only now)',
        body: Body({ code: Code }),
        response: { 200: RecoveryCodes, ...errorResponses(429) },
      },
    },
    async (request) => mfa.confirmEnrolment(requireSession(request).user, request.body.code, requestFacts(request)),
  );

  app.post(
    '/me/mfa/recovery-codes',
    {
      config: ownAccount,
      schema: { tags, summary: 'Replace all recovery codes (needs a code)', body: secondFactorBody({}), response: { 200: RecoveryCodes, ...errorResponses(429) } },
    },
    async (request) => mfa.regenerateRecoveryCodes(requireSession(request).user, request.body, requestFacts(request)),
  );

  app.delete(
    '/me/mfa',
    {
      config: ownAccount,
      schema: {
        tags,
        summary: 'Turn two-factor sign-in off (needs the password and a code)',
        body: secondFactorBody({ password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }) }),
        response: { 204: Type.Null(), ...errorResponses(429) },
      },
    },
    async (request, reply) => {
      const { password, ...factor } = request.body;
      await mfa.disable(requireSession(request).user, password, factor, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/users/:id/mfa',
    {
      config: { sessionOnly: true },
      schema: { tags, summary: "Reset a user's two-factor sign-in (admins only)", params: Type.Object({ id: Id }), response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await mfa.resetByAdmin(requireStaff(request, ['admin']), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/settings/security',
    { schema: { tags, summary: 'Security settings (admins only)', response: { 200: SecuritySettings } } },
    async (request) => {
      requireStaff(request, ['admin']);
      return mfa.securitySettings();
    },
  );

  app.put(
    '/settings/security',
    {
      config: { sessionOnly: true },
      schema: { tags, summary: 'Change security settings (admins only); audited', body: Body({ staffMfaRequired: Type.Boolean() }), response: { 200: SecuritySettings } },
    },
    async (request) => mfa.updateSecuritySettings(requireStaff(request, ['admin']), request.body, requestFacts(request)),
  );
};
