import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { FormBodyOf, ResponseOf } from '../../../lib/api-types';
import { fileKeys } from './keys';

/** The multipart fields of POST /files, with the file as the browser's File. */
export type UploadInput = Omit<FormBodyOf<'/api/v1/files', 'post'>, 'file'> & { file: File };

/** POST /files, multipart: the text fields first, then the one file part (the server reads them in order). */
export function uploadFile({ resourceType, resourceId, fileTypeId, file }: UploadInput) {
  const body = new FormData();
  body.append('resourceType', resourceType);
  body.append('resourceId', resourceId);
  body.append('fileTypeId', fileTypeId);
  body.append('file', file, file.name);
  return apiRequest<ResponseOf<'/api/v1/files', 'post'>>('/files', { method: 'POST', body });
}

export function useUploadFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadFile, onSuccess: () => queryClient.invalidateQueries({ queryKey: fileKeys.all }) });
}
