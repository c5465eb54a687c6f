import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Report, ReportInput } from '../types';
import { projectKeys } from './keys';

/** POST /projects/:id/reports → 201 (reportDate defaults to today). */
export function createProjectReport(projectId: string, input: ReportInput) {
  return apiClient.post<Report>(`/projects/${encodeURIComponent(projectId)}/reports`, input);
}

export function useCreateProjectReport(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => createProjectReport(projectId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...projectKeys.detail(projectId), 'reports'] }),
  });
}
