import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { flagLabel } from './components/flag-link';
import type { Flag } from './types';

/** Picker over GET /flags?q=… (plus fixed filters, e.g. a customer). */
export function useFlagPicker(params: ListParams = {}): PickerSource<Flag> {
  return usePickerSource<Flag>('flags', '/flags', flagLabel, params);
}
