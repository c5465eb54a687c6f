import type { DbExecutor } from '../../context.js';
import { invalidReference } from '../access/record-references.js';

/**
 * Who may be assigned to a schedule entry of `customerId`: active staff users, and active portal users
 * whose customer scope covers that customer (their own customer, or a consolidated account above it),
 * so they see the visits assigned to them (SPEC §2). Never other customers' users.
 */
export async function assertAssignableScheduleUsers(db: DbExecutor, customerId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const customer = await db.selectFrom('customers').select('path').where('id', '=', customerId).executeTakeFirst();
  const accountsAbove = customer ? customer.path.split('/').filter(Boolean) : [];
  const found = await db
    .selectFrom('users')
    .select('users.id')
    .where('users.id', 'in', userIds)
    .where('users.status', '=', 'active')
    .where((eb) => eb.or([eb('users.kind', '=', 'staff'), eb.and([eb('users.kind', '=', 'external'), eb('users.customer_id', 'in', accountsAbove.length ? accountsAbove : [''])])]))
    .execute();
  if (found.length !== new Set(userIds).size) throw invalidReference('assigneeIds', 'every assignee must be an active user who may be assigned.');
}
