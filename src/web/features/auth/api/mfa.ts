import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { BodyOf, ResponseOf } from '../../../lib/api-types';
import { meQueryKey } from './get-me';

/** The caller's own second factor: status, enrolment, recovery codes, turning it off. */
export type MfaStatus = ResponseOf<'/me/mfa'>;
export type MfaEnrolment = ResponseOf<'/me/mfa/enrolment', 'post'>;
export type RecoveryCodes = ResponseOf<'/me/mfa/enrolment/confirm', 'post'>;
export type DisableMfaInput = BodyOf<'/me/mfa', 'delete'>;

const mfaStatusKey = ['auth', 'mfa'] as const;

export function useMfaStatus() {
  return useQuery({ queryKey: mfaStatusKey, queryFn: ({ signal }) => api.get('/me/mfa', { signal }) });
}

export function useStartMfaEnrolment() {
  return useMutation({ mutationFn: () => api.post('/me/mfa/enrolment') });
}

/**
 * Nothing is refreshed on success: the status and /me change only once the user has kept the recovery
 * codes (useFinishEnrolment); refreshing now would take the codes off the screen.
 */
export function useConfirmMfaEnrolment() {
  return useMutation({ mutationFn: (code: string) => api.post('/me/mfa/enrolment/confirm', { body: { code } }) });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post('/me/mfa/recovery-codes', { body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
  });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DisableMfaInput) => api.delete('/me/mfa', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
  });
}

/** After the recovery codes are kept: the status shows enrolled, and /me answers without the gate. */
export function useFinishEnrolment() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: mfaStatusKey });
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  };
}
