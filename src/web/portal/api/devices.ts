import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import type { Asset } from '../lib/types';
import { portalKeys } from './records';

/** What a portal user may write on a device; staff-only fields (internal notes, due dates) are never sent. */
export interface DeviceInput {
  customerId?: string;
  siteId: string | null;
  parentId?: string | null;
  name: string;
  category: string | null;
  serialNumber: string | null;
  manufacturer: string | null;
  model: string | null;
  status?: string;
}

/** POST /assets or PATCH /assets/:id (the same endpoints staff use; the policy decides). */
export function useSaveDevice(deviceId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeviceInput) =>
      deviceId ? apiClient.patch<Asset>(`/assets/${encodeURIComponent(deviceId)}`, input) : apiClient.post<Asset>('/assets', input),
    onSuccess: async (asset) => {
      queryClient.setQueryData(portalKeys.record('asset', asset.id), asset);
      await queryClient.invalidateQueries({ queryKey: portalKeys.lists });
    },
  });
}

/** DELETE /assets/:id archives the device (and staff keep it); it leaves every portal list. */
export function useArchiveDevice(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.delete(`/assets/${encodeURIComponent(deviceId)}`),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: portalKeys.record('asset', deviceId) });
      await queryClient.invalidateQueries({ queryKey: portalKeys.lists });
    },
  });
}
