import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { meQueryKey } from '../../features/auth/api/get-me';
import { api } from '../../lib/api-client';

/** DELETE /preview: back to the staff user's own session and the back office. */
export function useEndPreview() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.delete('/preview'),
    onSuccess: async () => {
      // Nothing seen as the previewed user may stay in the cache of the staff user's session.
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meQueryKey) });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await navigate('/staff', { replace: true });
    },
  });
}
