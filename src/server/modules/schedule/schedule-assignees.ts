import type { DbExecutor } from '../../context.js';
import { invalidReference } from '../tickets/record-references.js';

/**
 * Who may be assigned to a schedule entry of `customerId`. For now: active staff users. Portal work
 * extends this to active external users of that same customer (SPEC §2: portal users see the schedule
 * entries assigned to them), which is why the customer is passed in already. Never other customers' users.
 */
export async function assertAssignableScheduleUsers(db: DbExecutor, _customerId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const found = await db
    .selectFrom('users')
    .select('users.id')
    .where('users.id', 'in', userIds)
    .where('users.kind', '=', 'staff')
    .where('users.status', '=', 'active')
    .execute();
  if (found.length !== new Set(userIds).size) throw invalidReference('assigneeIds', 'every assignee must be an active user who may be assigned.');
}
