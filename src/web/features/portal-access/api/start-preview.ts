import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /users/:id/preview → 201: sets the preview cookie; GET requests then answer as that portal user. */
export function startPreview(userId: string) {
  return api.post('/users/{id}/preview', { params: { path: { id: userId } } });
}

export function useStartPreview() {
  return useMutation({
    mutationFn: startPreview,
    // A full page load: every cached answer belongs to the staff user, the portal starts afresh.
    onSuccess: () => window.location.assign('/portal'),
  });
}
