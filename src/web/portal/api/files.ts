import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { FileOwnerType } from '../lib/types';

/** The file types a portal user may attach (only customer-visible ones would show to them afterwards). */
export function useFileTypes(enabled: boolean) {
  return useQuery({
    queryKey: ['portal', 'file-types'],
    queryFn: ({ signal }) => api.get('/file-types', { params: { query: { limit: 200, sort: 'name' } }, signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** POST /files (multipart): the text fields first, then the file part, as the API expects. */
export function uploadFile(resourceType: FileOwnerType, resourceId: string, fileTypeId: string, file: File) {
  return api.upload('/files', { body: { resourceType, resourceId, fileTypeId, file } });
}

/** Every portal list of files, so a new upload shows wherever files are listed. */
export const FILE_LISTS_KEY = ['portal', 'list', '/files'];

export function useUploadFile(resourceType: FileOwnerType, resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fileTypeId }: { file: File; fileTypeId: string }) => uploadFile(resourceType, resourceId, fileTypeId, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FILE_LISTS_KEY }),
  });
}
