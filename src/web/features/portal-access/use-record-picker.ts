import type { PickerSource } from '../../components/entity-picker';
import { api } from '../../lib/api-client';
import { fetchPage } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { useAssetPicker } from '../assets/use-asset-picker';
import { useCustomerPicker } from '../customers/use-customer-picker';
import { useOrderPicker } from '../orders/use-order-picker';
import { useProjectPicker } from '../projects/use-project-picker';
import { useSitePicker } from '../sites/use-site-picker';
import { useTicketPicker } from '../tickets/use-ticket-picker';
import { useWorkOrderPicker } from '../work-orders/use-work-order-picker';
import type { ExplainableType } from './types';

/** A picker over the records of one type, narrowed to a customer when one is known (a portal user's). */
export function useRecordPicker(type: ExplainableType, customerId: string | null): PickerSource<{ id: string }> {
  const params = customerId ? { customerId } : {};
  const sources: Record<ExplainableType, PickerSource<{ id: string }>> = {
    customer: useCustomerPicker() as unknown as PickerSource<{ id: string }>,
    site: useSitePicker(params) as unknown as PickerSource<{ id: string }>,
    asset: useAssetPicker(params) as unknown as PickerSource<{ id: string }>,
    work_order: useWorkOrderPicker(params) as unknown as PickerSource<{ id: string }>,
    project: useProjectPicker(params) as unknown as PickerSource<{ id: string }>,
    order: useOrderPicker(params) as unknown as PickerSource<{ id: string }>,
    ticket: useTicketPicker(params) as unknown as PickerSource<{ id: string }>,
    schedule_entry: usePickerSource(
      'schedule-entries',
      {
        search: (query, signal) => fetchPage('/schedule-entries', query, { signal }),
        get: (id, signal) => api.get('/schedule-entries/{id}', { params: { path: { id } }, signal }),
      },
      (e) => e.title,
      params,
    ) as unknown as PickerSource<{ id: string }>,
  };
  return sources[type];
}
