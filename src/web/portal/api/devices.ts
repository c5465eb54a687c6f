import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { BodyOf } from '../../lib/api-types';
import { portalKeys } from './records';

type AssetCreate = BodyOf<'/assets', 'post'>;

/**
 * What a portal user may write on a device: the API's asset bodies without the staff-only fields (internal
 * notes, due dates, project, custom fields), which are never sent. A device's customer and parent never
 * change, its status can. The API requires a new device's customerId; the form leaves it out while no
 * customer is chosen, so that the server's "required" lands on the customer field (validation is the API's).
 */
export type NewDevice = Pick<AssetCreate, 'siteId' | 'parentId' | 'name' | 'category' | 'serialNumber' | 'manufacturer' | 'model'> &
  Partial<Pick<AssetCreate, 'customerId'>> & { status?: never };
export type DevicePatch = Pick<BodyOf<'/assets/{id}', 'patch'>, 'siteId' | 'name' | 'category' | 'serialNumber' | 'manufacturer' | 'model' | 'status'> & {
  customerId?: never;
  parentId?: never;
};
/** A new device (without deviceId) or a change of one; the `never`s keep a body of one from passing as the other. */
export type DeviceInput = NewDevice | DevicePatch;

/** POST /assets or PATCH /assets/:id (the same endpoints staff use; the policy decides). */
export function useSaveDevice(deviceId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeviceInput) =>
      deviceId
        ? api.patch('/assets/{id}', { params: { path: { id: deviceId } }, body: input })
        : // A request body, not an answer: customerId may be missing on purpose (see NewDevice), for the server's 400 to name it.
          api.post('/assets', { body: input as AssetCreate }),
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
    mutationFn: () => api.delete('/assets/{id}', { params: { path: { id: deviceId } } }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: portalKeys.record('asset', deviceId) });
      await queryClient.invalidateQueries({ queryKey: portalKeys.lists });
    },
  });
}
