import { hashKey, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Me } from '../types';
import { meQueryKey } from './get-me';

export interface LoginInput {
  login: string;
  password: string;
}

/** Signed in (user), or a code from the authenticator must follow (mfaRequired). */
export interface LoginAnswer {
  user?: Me;
  mfaRequired?: boolean;
}

export async function login(input: LoginInput): Promise<LoginAnswer> {
  return apiClient.post<LoginAnswer>('/auth/login', input);
}

/** A new user is signed in: data cached for a previous user must never show for this one. */
export function rememberSignedIn(queryClient: QueryClient, answer: LoginAnswer): void {
  if (!answer.user) return;
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meQueryKey) });
  queryClient.setQueryData(meQueryKey, answer.user);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: login, onSuccess: (answer) => rememberSignedIn(queryClient, answer) });
}
