import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { fileTypeLabel } from './components/file-type-link';
import type { FileType } from './types';

/** Picker over GET /file-types?q=… (plus fixed filters, e.g. a customer). */
export function useFileTypePicker(params: ListParams = {}): PickerSource<FileType> {
  return usePickerSource<FileType>('file-types', '/file-types', fileTypeLabel, params);
}
