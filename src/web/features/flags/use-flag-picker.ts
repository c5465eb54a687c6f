import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { flagLabel } from './components/flag-link';
import type { Flag } from './types';

/** Picker over GET /flags?q=… (plus fixed filters, e.g. a customer). */
export function useFlagPicker(params: ListParams = {}): PickerSource<Flag> {
  return usePickerSource(
    'flags',
    {
      search: (query, signal) => fetchPage('/flags', query, { signal }),
      get: (id, signal) => api.get('/flags/{id}', { params: { path: { id } }, signal }),
    },
    flagLabel,
    params,
  );
}
