import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ReportInput } from '../types';
import { projectKeys } from './keys';

/** POST /projects/:id/reports → 201 (reportDate defaults to today). */
export function createProjectReport(projectId: string, input: ReportInput) {
  return api.post('/projects/{id}/reports', { params: { path: { id: projectId } }, body: input });
}

export function useCreateProjectReport(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => createProjectReport(projectId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...projectKeys.detail(projectId), 'reports'] }),
  });
}
