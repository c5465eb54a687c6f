import { everyOf, type BodyOf, type ResponseOf } from '../../lib/api-types';

export type Order = ResponseOf<'/orders/{id}'>;
export type OrderInput = BodyOf<'/orders', 'post'>;
export type OrderPatch = BodyOf<'/orders/{id}', 'patch'>;

export type OrderStatus = Order['status'];
export const ORDER_STATUSES = everyOf<OrderStatus>()(['received', 'in_production', 'ready', 'shipped', 'completed', 'cancelled']);
