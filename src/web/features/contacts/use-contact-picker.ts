import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { contactLabel } from './components/contact-link';
import type { Contact } from './types';

/** Picker over GET /contacts?q=… (plus fixed filters, e.g. a customer). */
export function useContactPicker(params: ListParams = {}): PickerSource<Contact> {
  return usePickerSource<Contact>('contacts', '/contacts', contactLabel, params);
}
