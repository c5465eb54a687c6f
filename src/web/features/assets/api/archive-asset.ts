import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { assetKeys } from './keys';

/** DELETE /assets/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveAsset(id: string) {
  return api.delete('/assets/{id}', { params: { path: { id } } });
}

export function useArchiveAsset() {
  return useArchiveMutation(assetKeys, archiveAsset);
}
