import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';

/**
 * The parents of a record in a tree (site → parent site, asset → plant room → building), root first,
 * for breadcrumbs. Each parent is fetched through its detail query, so the cache serves repeat visits.
 */
export function useAncestors<T extends { id: string }>(
  resource: string,
  record: T,
  parentIdOf: (item: T) => string | null,
  source: { detailKey: (id: string) => QueryKey; get: (id: string) => Promise<T> },
) {
  const queryClient = useQueryClient();
  const parentId = parentIdOf(record);
  return useQuery({
    queryKey: [resource, 'ancestors', record.id, parentId],
    queryFn: async () => {
      const chain: T[] = [];
      let next = parentId;
      // Trees are shallow; the bound only guards against a cycle in bad data.
      while (next && chain.length < 50) {
        const id = next;
        const parent = await queryClient.fetchQuery({ queryKey: source.detailKey(id), queryFn: () => source.get(id) });
        chain.unshift(parent);
        next = parentIdOf(parent);
      }
      return chain;
    },
    enabled: parentId !== null,
  });
}
