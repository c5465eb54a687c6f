import type { AppContext } from '../../context.js';
import { findVisibleProject } from './projects.repository.js';
import { PROJECT_TASKS } from './tasks/tasks.repository.js';
import { createTasksService } from './tasks/tasks.service.js';

/** Project tasks are part of the customer's project view (SPEC §5 SiteOwl): whoever sees the project sees them. */
export function createProjectTasksService(ctx: Pick<AppContext, 'db' | 'clock'>) {
  return createTasksService(ctx, {
    owner: PROJECT_TASKS,
    resourceType: 'project_task',
    ownerNotFound: 'Project not found.',
    findOwner: findVisibleProject,
    staffOnly: false,
  });
}
