import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Me } from '../types';
import { meQueryKey } from './get-me';

export interface LoginInput {
  login: string;
  password: string;
}

export async function login(input: LoginInput): Promise<Me> {
  const { user } = await apiClient.post<{ user: Me }>('/auth/login', input);
  return user;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Data cached for a previous user must never show for this one.
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meQueryKey) });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
