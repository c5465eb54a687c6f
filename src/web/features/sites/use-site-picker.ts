import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { siteLabel } from './components/site-link';
import type { Site } from './types';

/** Picker over GET /sites?q=… (plus fixed filters, e.g. a customer). */
export function useSitePicker(params: ListParams = {}): PickerSource<Site> {
  return usePickerSource<Site>('sites', '/sites', siteLabel, params);
}
