import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import type { resourceKeys } from './resource';

type Keys = ReturnType<typeof resourceKeys>;

/**
 * POST → 201 with the record: cache it as its detail (the page it leads to shows at once) and refresh
 * the resource's lists. `related` names other caches the write changes (e.g. a customer's counts).
 */
export function useCreateMutation<TInput, TRecord extends { id: string }>(keys: Keys, create: (input: TInput) => Promise<TRecord>, related: QueryKey[] = []) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: create,
    onSuccess: async (record) => {
      queryClient.setQueryData(keys.detail(record.id), record);
      await Promise.all([keys.lists(), ...related].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

/** PATCH → 200 with the record: replace the cached detail, refresh lists. */
export function useUpdateMutation<TPatch, TRecord extends { id: string }>(
  keys: Keys,
  update: (id: string, patch: TPatch) => Promise<TRecord>,
  related: QueryKey[] = [],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TPatch }) => update(id, patch),
    onSuccess: async (record) => {
      queryClient.setQueryData(keys.detail(record.id), record);
      await Promise.all([keys.lists(), ...related].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

/** DELETE → 204 (archive): refresh everything of the resource (the detail now has archivedAt). */
export function useArchiveMutation(keys: Keys, archive: (id: string) => Promise<void>, related: QueryKey[] = []) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archive,
    onSuccess: async () => {
      await Promise.all([keys.all, ...related].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
