import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { orderLabel } from './components/order-link';
import type { Order } from './types';

/** Picker over GET /orders?q=… (plus fixed filters, e.g. a customer). */
export function useOrderPicker(params: ListParams = {}): PickerSource<Order> {
  return usePickerSource<Order>('orders', '/orders', orderLabel, params);
}
