import type { FlagRef } from '../flags/types';

export const ORDER_STATUSES = ['received', 'in_production', 'ready', 'shipped', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Server: orders.mapping.ts */
export interface Order {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  title: string;
  status: OrderStatus;
  deadline: string | null;
  placedByUserId: string | null;
  internalNotes?: string | null;
  flags: FlagRef[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

interface OrderFields {
  siteId?: string | null;
  title: string;
  status?: OrderStatus;
  deadline?: string | null;
  internalNotes?: string | null;
}
export type OrderInput = OrderFields & { customerId: string };
export type OrderPatch = Partial<OrderFields>;
