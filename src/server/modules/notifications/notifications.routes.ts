import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DEFAULT_LIMIT, MAX_LIMIT, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requireScope } from '../../plugins/authentication.js';
import { Notification, NotificationPreferences, NotificationPreferencesInput, type NotificationsService } from './notifications.service.js';

const tags = ['notifications'];
const ListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
    cursor: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const notificationsRoutes: FastifyPluginAsyncTypebox<{ notifications: NotificationsService }> = async (app, { notifications }) => {
  app.get(
    '/notifications',
    { schema: { tags, summary: 'The caller’s notifications, newest first (only about records they can still see)', querystring: ListQuery, response: { 200: PageOf(Notification) } } },
    async (request) => notifications.list(await requireScope(request), request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'How many notifications are unread (counted up to 100; capped says the real number may be higher)',
        response: { 200: Type.Object({ count: Type.Integer(), capped: Type.Boolean() }) },
      },
    },
    async (request) => notifications.unreadCount(await requireScope(request)),
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags, summary: 'Mark a notification read', params: Type.Object({ id: Id }), response: { 204: Type.Null() } } },
    async (request, reply) => {
      await notifications.markRead(await requireScope(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Mark all notifications read', response: { 204: Type.Null() } } },
    async (request, reply) => {
      await notifications.markAllRead(await requireScope(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/notification-preferences',
    { schema: { tags, summary: 'How the caller is e-mailed about each kind of notification (immediate, daily digest, off)', response: { 200: NotificationPreferences } } },
    async (request) => notifications.preferences(await requireScope(request)),
  );

  app.put(
    '/notification-preferences',
    { schema: { tags, summary: 'Change how the caller is e-mailed about some kinds of notification', body: NotificationPreferencesInput, response: { 200: NotificationPreferences } } },
    async (request) => notifications.setPreferences(await requireScope(request), request.body),
  );
};
