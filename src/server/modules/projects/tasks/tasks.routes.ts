import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../../http/list-query.js';
import { Id } from '../../../http/schemas.js';
import { requestFacts, requireScope } from '../../../plugins/authentication.js';
import { Task, TaskInput, TaskPatch } from './tasks.mapping.js';
import { TASK_SORT_FIELDS, type TasksService } from './tasks.service.js';

const OwnerParams = Type.Object({ id: Id });
const TaskParams = Type.Object({ id: Id, taskId: Id });

/** The checklist endpoints of one owner collection: `${base}/:id/tasks`. */
export const taskRoutes: FastifyPluginAsyncTypebox<{ tasks: TasksService; base: '/projects' | '/orders'; tags: string[]; note: string }> = async (
  app,
  { tasks, base, tags, note },
) => {
  app.get(
    `${base}/:id/tasks`,
    {
      schema: {
        tags,
        summary: `List the tasks, in checklist order (${note})`,
        params: OwnerParams,
        querystring: ListQuery(TASK_SORT_FIELDS, {}),
        response: { 200: PageOf(Task) },
      },
    },
    async (request) => tasks.list(await requireScope(request), request.params.id, request.query),
  );

  app.post(
    `${base}/:id/tasks`,
    { schema: { tags, summary: 'Add a task at the end of the checklist', params: OwnerParams, body: TaskInput, response: { 201: Task } } },
    async (request, reply) =>
      reply.status(201).send(await tasks.create(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.patch(
    `${base}/:id/tasks/:taskId`,
    { schema: { tags, summary: 'Rename, tick off or move a task', params: TaskParams, body: TaskPatch, response: { 200: Task } } },
    async (request) => tasks.update(await requireScope(request), request.params.id, request.params.taskId, request.body, requestFacts(request)),
  );

  app.delete(
    `${base}/:id/tasks/:taskId`,
    { schema: { tags, summary: 'Delete a task', params: TaskParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await tasks.remove(await requireScope(request), request.params.id, request.params.taskId, requestFacts(request));
      return reply.status(204).send(null);
    },
  );
};
