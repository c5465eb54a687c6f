import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { workOrderLabel } from './components/work-order-link';
import type { WorkOrder } from './types';

/** Picker over GET /work-orders?q=… (plus fixed filters, e.g. a customer). */
export function useWorkOrderPicker(params: ListParams = {}): PickerSource<WorkOrder> {
  return usePickerSource<WorkOrder>('work-orders', '/work-orders', workOrderLabel, params);
}
