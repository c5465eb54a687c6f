import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { userLabel } from './components/user-link';
import type { User } from './types';

/** Picker over GET /users?q=… (plus fixed filters, e.g. a customer). */
export function useUserPicker(params: ListParams = {}): PickerSource<User> {
  return usePickerSource<User>('users', '/users', userLabel, params);
}
