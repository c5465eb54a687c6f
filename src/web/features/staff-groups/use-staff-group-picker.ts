import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { staffGroupLabel } from './components/staff-group-link';
import type { StaffGroup } from './types';

/** Picker over GET /staff-groups?q=… (plus fixed filters, e.g. a customer). */
export function useStaffGroupPicker(params: ListParams = {}): PickerSource<StaffGroup> {
  return usePickerSource<StaffGroup>('staff-groups', '/staff-groups', staffGroupLabel, params);
}
