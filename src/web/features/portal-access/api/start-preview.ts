import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ResponseOf } from '../../../lib/api-types';

/** POST /users/:id/preview → 201: sets the preview cookie; GET requests then answer as that portal user. */
export function startPreview(userId: string) {
  return apiClient.post<ResponseOf<'/api/v1/users/{id}/preview', 'post'>>(`/users/${encodeURIComponent(userId)}/preview`);
}

export function useStartPreview() {
  return useMutation({
    mutationFn: startPreview,
    // A full page load: every cached answer belongs to the staff user, the portal starts afresh.
    onSuccess: () => window.location.assign('/portal'),
  });
}
