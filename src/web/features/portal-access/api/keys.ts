import { resourceKeys } from '../../../lib/resource';
import { userKeys } from '../../users/api/keys';

/** A portal user's invitation, access and grants live under the user's detail key (a user write refreshes them). */
export const portalAccessKeys = {
  invitation: (userId: string) => userKeys.sub(userId, 'invitation'),
  access: (userId: string) => userKeys.sub(userId, 'access'),
  grants: (userId: string) => userKeys.sub(userId, 'grants'),
  explain: (userId: string, resourceType: string, resourceId: string) => userKeys.sub(userId, 'explain', { resourceType, resourceId }),
  /** Who can see a record: any grant or access change may change it, so writes refresh them all. */
  allViewers: ['record-viewers'] as const,
  viewers: (resourceType: string, resourceId: string) => ['record-viewers', resourceType, resourceId] as const,
};

export const mailOutboxKeys = resourceKeys('mail-outbox');
