import { Type, type Static } from 'typebox';
import type { OrdersTable } from '../../db/back-office-tables.js';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import type { Principal } from '../access/principal.js';
import { approvalFields } from '../approvals/approvals.mapping.js';
import { FlagRef } from '../flags/flags.mapping.js';
import { DateString, Nullable } from '../projects/projects.mapping.js';
import type { OrderRow } from './orders.repository.js';

export const ORDER_STATUSES = ['received', 'in_production', 'ready', 'shipped', 'completed', 'cancelled'] as const satisfies readonly OrdersTable['status'][];
export const OrderStatus = Type.Enum(ORDER_STATUSES);

export const Order = Type.Object({
  id: Id,
  number: Type.String(),
  customerId: Id,
  siteId: Nullable(Id),
  title: Type.String(),
  status: OrderStatus,
  deadline: Nullable(Type.String()),
  /** The portal user who placed the order; null when staff entered it. */
  placedByUserId: Nullable(Id),
  /** Staff only: never serialized for external users. */
  internalNotes: Type.Optional(Nullable(Type.String())),
  flags: Type.Array(FlagRef),
  ...approvalFields,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type Order = Static<typeof Order>;

const fields = {
  siteId: Type.Optional(Nullable(Id)),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  status: Type.Optional(OrderStatus),
  deadline: Type.Optional(Nullable(DateString)),
  internalNotes: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
};
export const OrderInput = Body({ customerId: Id, ...fields });
export type OrderInput = Static<typeof OrderInput>;
/** customerId is not here: an order never moves to another customer. */
export const OrderPatch = Body({ ...fields, title: Type.Optional(fields.title) });
export type OrderPatch = Static<typeof OrderPatch>;

/** The stored fields as the viewer may see them; also what the audit log records. */
export function orderFields(row: OrderRow, viewer: Principal): Omit<Order, 'flags'> {
  const order: Omit<Order, 'flags'> = {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    siteId: row.site_id,
    title: row.title,
    status: row.status,
    deadline: row.deadline,
    placedByUserId: row.placed_by_user_id,
    approvalState: row.approval_state,
    approvalAmount: row.approval_amount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
  if (viewer.kind === 'staff') order.internalNotes = row.internal_notes;
  return order;
}

export function toOrder(row: OrderRow, viewer: Principal, flags: Order['flags']): Order {
  return { ...orderFields(row, viewer), flags };
}

/** Orders remember the portal user who placed them (the `own` orders mode); staff-entered orders have none. */
export function placedByOf(principal: Principal): string | null {
  return principal.kind === 'external' ? principal.userId : null;
}
