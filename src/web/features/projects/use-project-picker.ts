import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { projectLabel } from './components/project-link';
import type { Project } from './types';

/** Picker over GET /projects?q=… (plus fixed filters, e.g. a customer). */
export function useProjectPicker(params: ListParams = {}): PickerSource<Project> {
  return usePickerSource(
    'projects',
    {
      search: (query, signal) => fetchPage('/projects', query, { signal }),
      get: (id, signal) => api.get('/projects/{id}', { params: { path: { id } }, signal }),
    },
    projectLabel,
    params,
  );
}
