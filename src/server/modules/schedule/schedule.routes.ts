import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { errorResponses, Id, Timestamp } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { ScheduleEntry, ScheduleEntryInput, ScheduleEntryPatch } from './schedule.mapping.js';
import { SCHEDULE_SORT_FIELDS, type ScheduleService } from './schedule.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['schedule'];
/** A day (its midnight UTC) or an exact instant. */
const Bound = Type.Union([Timestamp, Type.String({ format: 'date' })]);

export const scheduleRoutes: FastifyPluginAsyncTypebox<{ schedule: ScheduleService }> = async (app, { schedule }) => {
  app.get(
    '/schedule-entries',
    {
      schema: {
        tags,
        summary: 'List planned visits and rounds (from ≤ startsAt < to; default sort: startsAt)',
        querystring: ListQuery(SCHEDULE_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          siteId: Type.Optional(Id),
          assigneeId: Type.Optional(Id),
          from: Type.Optional(Bound),
          to: Type.Optional(Bound),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(ScheduleEntry) },
      },
    },
    async (request) => schedule.list(await requireScope(request), request.query),
  );

  app.get(
    '/schedule-entries/occurrences',
    {
      schema: {
        tags,
        summary: 'Every visit and every round of recurring series with from ≤ start < to (at most 366 days), earliest first',
        querystring: Type.Object(
          { from: Bound, to: Bound, customerId: Type.Optional(Id), siteId: Type.Optional(Id), assigneeId: Type.Optional(Id) },
          { additionalProperties: false },
        ),
        response: {
          // A window the rules do not allow (to before from, or too long).
          ...errorResponses(422),
          200: Type.Object({
            /** The entry with this occurrence's start and end; the items of one series share the entry's id. */
            items: Type.Array(ScheduleEntry),
            /** More than 1,000 occurrences: narrow the window or filter. */
            truncated: Type.Boolean(),
          }),
        },
      },
    },
    async (request) => schedule.occurrences(await requireScope(request), request.query),
  );

  app.get(
    '/schedule-entries/:id',
    { schema: { tags, summary: 'Get a schedule entry', params: IdParams, response: { 200: ScheduleEntry } } },
    async (request) => schedule.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/schedule-entries',
    { schema: { tags, summary: 'Plan a visit or a round', body: ScheduleEntryInput, response: { 201: ScheduleEntry } } },
    async (request, reply) => reply.status(201).send(await schedule.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/schedule-entries/:id',
    {
      schema: {
        tags,
        summary: 'Update a schedule entry (assetIds and assigneeIds replace the whole list)',
        params: IdParams,
        body: ScheduleEntryPatch,
        response: { 200: ScheduleEntry },
      },
    },
    async (request) => schedule.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/schedule-entries/:id',
    { schema: { tags, summary: 'Archive a schedule entry', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await schedule.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};
