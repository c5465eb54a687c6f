import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { workOrderLabel } from './components/work-order-link';
import type { WorkOrder } from './types';

/** Picker over GET /work-orders?q=… (plus fixed filters, e.g. a customer). */
export function useWorkOrderPicker(params: ListParams = {}): PickerSource<WorkOrder> {
  return usePickerSource(
    'work-orders',
    {
      search: (query, signal) => fetchPage('/work-orders', query, { signal }),
      get: (id, signal) => api.get('/work-orders/{id}', { params: { path: { id } }, signal }),
    },
    workOrderLabel,
    params,
  );
}
