import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { staffGroupLabel } from './components/staff-group-link';
import type { StaffGroup } from './types';

/** Picker over GET /staff-groups?q=… (plus fixed filters, e.g. a customer). */
export function useStaffGroupPicker(params: ListParams = {}): PickerSource<StaffGroup> {
  return usePickerSource(
    'staff-groups',
    {
      search: (query, signal) => fetchPage('/staff-groups', query, { signal }),
      get: (id, signal) => api.get('/staff-groups/{id}', { params: { path: { id } }, signal }),
    },
    staffGroupLabel,
    params,
  );
}
