import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { contactLabel } from './components/contact-link';
import type { Contact } from './types';

/** Picker over GET /contacts?q=… (plus fixed filters, e.g. a customer). */
export function useContactPicker(params: ListParams = {}): PickerSource<Contact> {
  return usePickerSource(
    'contacts',
    {
      search: (query, signal) => fetchPage('/contacts', query, { signal }),
      get: (id, signal) => api.get('/contacts/{id}', { params: { path: { id } }, signal }),
    },
    contactLabel,
    params,
  );
}
