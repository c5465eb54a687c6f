import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { fileTypeLabel } from './components/file-type-link';
import type { FileType } from './types';

/** Picker over GET /file-types?q=… (plus fixed filters, e.g. a customer). */
export function useFileTypePicker(params: ListParams = {}): PickerSource<FileType> {
  return usePickerSource(
    'file-types',
    {
      search: (query, signal) => fetchPage('/file-types', query, { signal }),
      get: (id, signal) => api.get('/file-types/{id}', { params: { path: { id } }, signal }),
    },
    fileTypeLabel,
    params,
  );
}
