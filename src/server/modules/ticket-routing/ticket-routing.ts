import type { DbExecutor } from '../../context.js';
import { assertActiveStaffUser, assertStaffGroup } from '../access/record-references.js';

export interface Responsible {
  userId: string | null;
  groupId: string | null;
}

/** Checks a responsible user (active staff) and group (not archived); `prefix` names the fields in errors. */
export async function assertResponsibleReferences(
  db: DbExecutor,
  userId: string | null | undefined,
  groupId: string | null | undefined,
  prefix: 'default' | '' = '',
): Promise<void> {
  const field = (name: string) => (prefix ? `${prefix}${name}` : name.charAt(0).toLowerCase() + name.slice(1));
  if (userId) await assertActiveStaffUser(db, userId, field('ResponsibleUserId'));
  if (groupId) await assertStaffGroup(db, groupId, field('ResponsibleGroupId'));
}

/**
 * Who a new ticket goes to when the submitter named no one: the customer's own route for the type, else
 * the route of the nearest consolidated parent (a key account's team covers its subsidiaries), else the
 * type's default. A user who left (disabled) or an archived group is skipped, so the ticket lands in the
 * unassigned queue rather than with no one who would ever see it.
 */
export async function resolveResponsible(db: DbExecutor, typeId: string, customerId: string): Promise<Responsible> {
  const customer = await db.selectFrom('customers').select('path').where('id', '=', customerId).executeTakeFirst();
  // The path lists the customer's ancestors top-down and then itself: '/top/…/self/'.
  const lineage = (customer?.path ?? `/${customerId}/`).split('/').filter(Boolean).reverse();
  const routes = await db
    .selectFrom('ticket_routes')
    .select(['customer_id', 'responsible_user_id', 'responsible_group_id'])
    .where('ticket_type_id', '=', typeId)
    .where('customer_id', 'in', lineage)
    .execute();
  const type = await db
    .selectFrom('ticket_types')
    .select(['default_responsible_user_id', 'default_responsible_group_id'])
    .where('id', '=', typeId)
    .executeTakeFirst();
  const candidates: Responsible[] = [
    ...lineage.flatMap((id) => routes.filter((route) => route.customer_id === id)).map((route) => ({ userId: route.responsible_user_id, groupId: route.responsible_group_id })),
    ...(type ? [{ userId: type.default_responsible_user_id, groupId: type.default_responsible_group_id }] : []),
  ];
  for (const candidate of candidates) {
    const usable = await usableResponsible(db, candidate);
    if (usable.userId || usable.groupId) return usable;
  }
  return { userId: null, groupId: null };
}

async function usableResponsible(db: DbExecutor, { userId, groupId }: Responsible): Promise<Responsible> {
  const user = userId
    ? await db.selectFrom('users').select('id').where('id', '=', userId).where('kind', '=', 'staff').where('status', '=', 'active').executeTakeFirst()
    : undefined;
  const group = groupId ? await db.selectFrom('staff_groups').select('id').where('id', '=', groupId).where('archived_at', 'is', null).executeTakeFirst() : undefined;
  return { userId: user?.id ?? null, groupId: group?.id ?? null };
}
