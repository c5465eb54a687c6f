import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { projectLabel } from './components/project-link';
import type { Project } from './types';

/** Picker over GET /projects?q=… (plus fixed filters, e.g. a customer). */
export function useProjectPicker(params: ListParams = {}): PickerSource<Project> {
  return usePickerSource<Project>('projects', '/projects', projectLabel, params);
}
