import { resourceKeys } from '../../../lib/resource';
import type { TaskOwner } from '../types';

/** Tasks live under their owner's detail key, so a change also refreshes the owner (e.g. project progress). */
export function taskKeys(owner: TaskOwner, ownerId: string) {
  const keys = resourceKeys(owner);
  return { owner: keys.detail(ownerId), ownerLists: keys.lists(), list: keys.sub(ownerId, 'tasks') };
}

/** The checklist of an owner: `/projects/{id}/tasks` and the like. */
export function tasksPath<O extends TaskOwner>(owner: O) {
  return `/${owner}/{id}/tasks` as const;
}
