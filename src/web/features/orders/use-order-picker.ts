import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { orderLabel } from './components/order-link';
import type { Order } from './types';

/** Picker over GET /orders?q=… (plus fixed filters, e.g. a customer). */
export function useOrderPicker(params: ListParams = {}): PickerSource<Order> {
  return usePickerSource(
    'orders',
    {
      search: (query, signal) => fetchPage('/orders', query, { signal }),
      get: (id, signal) => api.get('/orders/{id}', { params: { path: { id } }, signal }),
    },
    orderLabel,
    params,
  );
}
