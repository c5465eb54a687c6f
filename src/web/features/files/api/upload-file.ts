import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type UploadOf } from '../../../lib/api-client';
import { fileKeys } from './keys';

/** The multipart fields of POST /files, with the file as the browser's File. */
export type UploadInput = UploadOf<'/files', 'post'> & { file: File };

/** POST /files, multipart: the text fields first, then the one file part (the server reads them in order). */
export function uploadFile({ resourceType, resourceId, fileTypeId, file }: UploadInput) {
  return api.upload('/files', { body: { resourceType, resourceId, fileTypeId, file } });
}

export function useUploadFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadFile, onSuccess: () => queryClient.invalidateQueries({ queryKey: fileKeys.all }) });
}
