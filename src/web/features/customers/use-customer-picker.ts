import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { customerLabel } from './components/customer-link';
import type { Customer } from './types';

/** Picker over GET /customers?q=… (plus fixed filters, e.g. a customer). */
export function useCustomerPicker(params: ListParams = {}): PickerSource<Customer> {
  return usePickerSource<Customer>('customers', '/customers', customerLabel, params);
}
