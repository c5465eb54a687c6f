import { hashKey, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { BodyOf, ResponseOf } from '../../../lib/api-types';
import type { Me } from '../types';
import { meQueryKey } from './get-me';

export type LoginInput = BodyOf<'/auth/login', 'post'>;

/** Signed in (user), or a code from the authenticator must follow (mfaRequired); POST /auth/login/mfa answers the same. */
export type LoginAnswer = ResponseOf<'/auth/login', 'post'> | ResponseOf<'/auth/login/mfa', 'post'>;

export async function login(input: LoginInput): Promise<LoginAnswer> {
  return api.post('/auth/login', { body: input });
}

/** A new user is signed in: data cached for a previous user must never show for this one. */
export function rememberSignedIn(queryClient: QueryClient, answer: LoginAnswer): void {
  if (!answer.user) return;
  const me: Me = answer.user;
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meQueryKey) });
  queryClient.setQueryData<Me | null>(meQueryKey, me);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: login, onSuccess: (answer) => rememberSignedIn(queryClient, answer) });
}
