import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf, fetchPage, matchesText, parseSort } from '../../http/list-query.js';
import { Id, Timestamp, Nullable } from '../../http/schemas.js';
import { requireScope } from '../../plugins/authentication.js';
import { assertStaffMay } from '../access/staff-permissions.js';

const Status = Type.Union([Type.Literal('pending'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')]);
const OutboxMail = Type.Object({
  id: Id,
  kind: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  status: Status,
  attempts: Type.Integer(),
  nextAttemptAt: Timestamp,
  lastError: Nullable(Type.String()),
  userId: Nullable(Id),
  createdAt: Timestamp,
  sentAt: Nullable(Timestamp),
});

/** The mail log for admins: what was queued, sent, is being retried or failed (bodies hold live links: not listed). */
export const mailOutboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mail-outbox',
    {
      schema: {
        tags: ['mail'],
        summary: 'Outgoing e-mails and their delivery state (admins)',
        querystring: ListQuery(['createdAt'], { status: Type.Optional(Status), userId: Type.Optional(Id) }),
        response: { 200: PageOf(OutboxMail) },
      },
    },
    async (request) => {
      const scope = await requireScope(request);
      assertStaffMay(scope.principal, 'view_audit');
      const { status, userId, q, cursor, limit } = request.query;
      let query = app.ctx.db.selectFrom('mail_outbox').selectAll('mail_outbox');
      if (status) query = query.where('mail_outbox.status', '=', status);
      if (userId) query = query.where('mail_outbox.user_id', '=', userId);
      if (q) query = query.where(matchesText(q, ['mail_outbox.to_address', 'mail_outbox.subject']));
      const page = await fetchPage(query, { table: 'mail_outbox', sort: parseSort(request.query.sort, { createdAt: 'created_at' }, '-createdAt'), cursor, limit });
      return {
        items: page.rows.map((m) => ({ id: m.id, kind: m.kind, to: m.to_address, subject: m.subject, status: m.status, attempts: m.attempts, nextAttemptAt: m.next_attempt_at, lastError: m.last_error, userId: m.user_id, createdAt: m.created_at, sentAt: m.sent_at })),
        nextCursor: page.nextCursor,
      };
    },
  );
};
