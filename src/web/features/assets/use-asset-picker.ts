import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { assetLabel } from './components/asset-link';
import type { Asset } from './types';

/** Picker over GET /assets?q=… (plus fixed filters, e.g. a customer). */
export function useAssetPicker(params: ListParams = {}): PickerSource<Asset> {
  return usePickerSource(
    'assets',
    {
      search: (query, signal) => fetchPage('/assets', query, { signal }),
      get: (id, signal) => api.get('/assets/{id}', { params: { path: { id } }, signal }),
    },
    assetLabel,
    params,
  );
}
