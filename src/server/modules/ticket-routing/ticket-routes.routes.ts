import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { TicketRoute, TicketRouteInput, type TicketRoutesService } from './ticket-routes.service.js';

const tags = ['tickets'];
const TypeParams = Type.Object({ id: Id });
const RouteParams = Type.Object({ id: Id, customerId: Id });

export const ticketRoutesRoutes: FastifyPluginAsyncTypebox<{ routes: TicketRoutesService }> = async (app, { routes }) => {
  app.get(
    '/ticket-types/:id/routes',
    { schema: { tags, summary: 'List the customers with their own responsible for this ticket type (staff)', params: TypeParams, response: { 200: Type.Array(TicketRoute) } } },
    async (request) => routes.list(await requireScope(request), request.params.id),
  );

  app.put(
    '/ticket-types/:id/routes/:customerId',
    {
      schema: {
        tags,
        summary: 'Route new tickets of this type from this customer (and its consolidated children) to a responsible user or group',
        params: RouteParams,
        body: TicketRouteInput,
        response: { 200: TicketRoute },
      },
    },
    async (request) => routes.put(await requireScope(request), request.params.id, request.params.customerId, request.body, requestFacts(request)),
  );

  app.delete(
    '/ticket-types/:id/routes/:customerId',
    { schema: { tags, summary: 'Remove a customer’s route (its tickets go to the type’s default again)', params: RouteParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await routes.remove(await requireScope(request), request.params.id, request.params.customerId, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};
