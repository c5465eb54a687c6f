import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { siteLabel } from './components/site-link';
import type { Site } from './types';

/** Picker over GET /sites?q=… (plus fixed filters, e.g. a customer). */
export function useSitePicker(params: ListParams = {}): PickerSource<Site> {
  return usePickerSource(
    'sites',
    {
      search: (query, signal) => fetchPage('/sites', query, { signal }),
      get: (id, signal) => api.get('/sites/{id}', { params: { path: { id } }, signal }),
    },
    siteLabel,
    params,
  );
}
