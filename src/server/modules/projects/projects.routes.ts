import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, PageOf } from '../../http/list-query.js';
import { Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { projectItemsRoutes } from './project-items.routes.js';
import type { ProjectItemsService } from './project-items.service.js';
import { Project, ProjectInput, ProjectPatch, PROJECT_KINDS, PROJECT_STATUSES } from './projects.mapping.js';
import { PROJECT_SORT_FIELDS, type ProjectsService } from './projects.service.js';
import { taskRoutes } from './tasks/tasks.routes.js';
import type { TasksService } from './tasks/tasks.service.js';

const IdParams = Type.Object({ id: Id });
const tags = ['projects'];

export const projectsRoutes: FastifyPluginAsyncTypebox<{ projects: ProjectsService; items: ProjectItemsService; tasks: TasksService }> = async (
  app,
  { projects, items, tasks },
) => {
  app.get(
    '/projects',
    {
      schema: {
        tags,
        summary: 'List projects (search q: number, name)',
        querystring: ListQuery(PROJECT_SORT_FIELDS, {
          customerId: Type.Optional(Id),
          siteId: Type.Optional(Id),
          status: Type.Optional(Type.Enum(PROJECT_STATUSES)),
          kind: Type.Optional(Type.Enum(PROJECT_KINDS)),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: PageOf(Project) },
      },
    },
    async (request) => projects.list(await requireScope(request), request.query),
  );

  app.get(
    '/projects/:id',
    { schema: { tags, summary: 'Get a project with its progress and flags', params: IdParams, response: { 200: Project } } },
    async (request) => projects.get(await requireScope(request), request.params.id),
  );

  app.post(
    '/projects',
    { schema: { tags, summary: 'Create a project', body: ProjectInput, response: { 201: Project } } },
    async (request, reply) => reply.status(201).send(await projects.create(await requireScope(request), request.body, requestFacts(request))),
  );

  app.patch(
    '/projects/:id',
    { schema: { tags, summary: 'Update a project', params: IdParams, body: ProjectPatch, response: { 200: Project } } },
    async (request) => projects.update(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.delete(
    '/projects/:id',
    { schema: { tags, summary: 'Archive a project', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await projects.archive(await requireScope(request), request.params.id, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  await app.register(taskRoutes, { tasks, base: '/projects', tags, note: 'visible to whoever sees the project' });
  await app.register(projectItemsRoutes, { items });
};
