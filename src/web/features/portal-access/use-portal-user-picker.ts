import { useMemo } from 'react';
import type { PickerSource } from '../../components/entity-picker';
import { useUserPicker } from '../users/use-user-picker';
import type { User } from '../users/types';

/**
 * Portal (external) users, searched with GET /users?kind=external&q=…; the list endpoint has no customer
 * filter, so a record's customer narrows the answer here.
 */
export function usePortalUserPicker(customerId: string | null): PickerSource<User> {
  const base = useUserPicker({ kind: 'external' });
  return useMemo(
    () => ({
      ...base,
      key: [...base.key, 'customer', customerId],
      search: async (q, signal) => {
        const page = await base.search(q, signal);
        return customerId ? { ...page, items: page.items.filter((user) => user.customerId === customerId) } : page;
      },
    }),
    [base, customerId],
  );
}
