import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { customerLabel } from './components/customer-link';
import type { Customer } from './types';

/** Picker over GET /customers?q=… (plus fixed filters, e.g. a customer). */
export function useCustomerPicker(params: ListParams = {}): PickerSource<Customer> {
  return usePickerSource(
    'customers',
    {
      search: (query, signal) => fetchPage('/customers', query, { signal }),
      get: (id, signal) => api.get('/customers/{id}', { params: { path: { id } }, signal }),
    },
    customerLabel,
    params,
  );
}
