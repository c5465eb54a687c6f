import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf, fetchPage, matchesText, parseSort } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requireScope } from '../../plugins/authentication.js';
import { NotFoundError } from '../../plugins/errors.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { MailKindSchema, MailStatus, OutboxMail, OutboxMailWithBody, toOutboxMail, toOutboxMailWithBody } from './mail-outbox.mapping.js';

/**
 * The mail log for admins: what was queued, sent, is being retried or failed. The list leaves the bodies
 * out (they hold live links: activation, password reset); one mail opened shows its body and links.
 */
export const mailOutboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mail-outbox',
    {
      schema: {
        tags: ['mail'],
        summary: 'Outgoing e-mails and their delivery state (admins)',
        querystring: ListQuery(['createdAt'], { status: Type.Optional(MailStatus), kind: Type.Optional(MailKindSchema), userId: Type.Optional(Id) }),
        response: { 200: PageOf(OutboxMail) },
      },
    },
    async (request) => {
      const scope = await requireScope(request);
      assertStaffMay(scope.principal, 'view_audit');
      const { status, kind, userId, q, cursor, limit } = request.query;
      let query = app.ctx.db.selectFrom('mail_outbox').selectAll('mail_outbox');
      if (status) query = query.where('mail_outbox.status', '=', status);
      if (kind) query = query.where('mail_outbox.kind', '=', kind);
      if (userId) query = query.where('mail_outbox.user_id', '=', userId);
      if (q) query = query.where(matchesText(q, ['mail_outbox.to_address', 'mail_outbox.subject']));
      const page = await fetchPage(query, { table: 'mail_outbox', sort: parseSort(request.query.sort, { createdAt: 'created_at' }, '-createdAt'), cursor, limit });
      return { items: page.rows.map(toOutboxMail), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/mail-outbox/:id',
    {
      schema: {
        tags: ['mail'],
        summary: 'One outgoing e-mail with its text and HTML body and its links (admins)',
        params: Type.Object({ id: Id }),
        response: { 200: OutboxMailWithBody },
      },
    },
    async (request) => {
      const scope = await requireScope(request);
      assertStaffMay(scope.principal, 'view_audit');
      const row = await app.ctx.db.selectFrom('mail_outbox').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!row) throw new NotFoundError();
      return toOutboxMailWithBody(row);
    },
  );
};
