import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { assetLabel } from './components/asset-link';
import type { Asset } from './types';

/** Picker over GET /assets?q=… (plus fixed filters, e.g. a customer). */
export function useAssetPicker(params: ListParams = {}): PickerSource<Asset> {
  return usePickerSource<Asset>('assets', '/assets', assetLabel, params);
}
