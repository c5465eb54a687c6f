import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { userLabel } from './components/user-link';
import type { User } from './types';

/** Picker over GET /users?q=… (plus fixed filters, e.g. a customer). */
export function useUserPicker(params: ListParams = {}): PickerSource<User> {
  return usePickerSource(
    'users',
    {
      search: (query, signal) => fetchPage('/users', query, { signal }),
      get: (id, signal) => api.get('/users/{id}', { params: { path: { id } }, signal }),
    },
    userLabel,
    params,
  );
}
