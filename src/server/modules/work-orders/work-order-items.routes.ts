import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { Note, NoteInput, Task, TaskInput, TaskPatch } from './work-order-items.mapping.js';
import { NOTE_SORT_FIELDS, type WorkOrderItemsService } from './work-order-items.service.js';

const IdParams = Type.Object({ id: Id });
const TaskParams = Type.Object({ id: Id, taskId: Id });
const tags = ['work orders'];

export const workOrderItemsRoutes: FastifyPluginAsyncTypebox<{ items: WorkOrderItemsService }> = async (app, { items }) => {
  app.get(
    '/work-orders/:id/tasks',
    { schema: { tags, summary: 'List the tasks of a work order (staff only), in checklist order', params: IdParams, response: { 200: PageOf(Task) } } },
    async (request) => items.listTasks(await requireScope(request), request.params.id),
  );

  app.post(
    '/work-orders/:id/tasks',
    { schema: { tags, summary: 'Add a task at the end of the checklist', params: IdParams, body: TaskInput, response: { 201: Task } } },
    async (request, reply) =>
      reply.status(201).send(await items.createTask(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.patch(
    '/work-orders/:id/tasks/:taskId',
    { schema: { tags, summary: 'Rename, tick off or move a task', params: TaskParams, body: TaskPatch, response: { 200: Task } } },
    async (request) =>
      items.updateTask(await requireScope(request), request.params.id, request.params.taskId, request.body, requestFacts(request)),
  );

  app.delete(
    '/work-orders/:id/tasks/:taskId',
    { schema: { tags, summary: 'Delete a task', params: TaskParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await items.deleteTask(await requireScope(request), request.params.id, request.params.taskId, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/work-orders/:id/notes',
    {
      schema: {
        tags,
        summary: 'List the notes of a work order, oldest first (portal users see public notes only)',
        params: IdParams,
        querystring: ListQuery(NOTE_SORT_FIELDS, {}),
        response: { 200: PageOf(Note) },
      },
    },
    async (request) => items.listNotes(await requireScope(request), request.params.id, request.query),
  );

  app.post(
    '/work-orders/:id/notes',
    { schema: { tags, summary: 'Add a note (internal unless visibility is public)', params: IdParams, body: NoteInput, response: { 201: Note } } },
    async (request, reply) =>
      reply.status(201).send(await items.createNote(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );
};
