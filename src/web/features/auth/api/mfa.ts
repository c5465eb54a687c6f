import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, apiRequest } from '../../../lib/api-client';
import type { BodyOf, ResponseOf } from '../../../lib/api-types';
import { meQueryKey } from './get-me';

/** The caller's own second factor: status, enrolment, recovery codes, turning it off. */
export type MfaStatus = ResponseOf<'/api/v1/me/mfa'>;
export type MfaEnrolment = ResponseOf<'/api/v1/me/mfa/enrolment', 'post'>;
export type RecoveryCodes = ResponseOf<'/api/v1/me/mfa/enrolment/confirm', 'post'>;
export type DisableMfaInput = BodyOf<'/api/v1/me/mfa', 'delete'>;

const mfaStatusKey = ['auth', 'mfa'] as const;

export function useMfaStatus() {
  return useQuery({ queryKey: mfaStatusKey, queryFn: ({ signal }) => apiClient.get<MfaStatus>('/me/mfa', signal) });
}

export function useStartMfaEnrolment() {
  return useMutation({ mutationFn: () => apiClient.post<MfaEnrolment>('/me/mfa/enrolment') });
}

/**
 * Nothing is refreshed on success: the status and /me change only once the user has kept the recovery
 * codes (useFinishEnrolment); refreshing now would take the codes off the screen.
 */
export function useConfirmMfaEnrolment() {
  return useMutation({ mutationFn: (code: string) => apiClient.post<RecoveryCodes>('/me/mfa/enrolment/confirm', { code } satisfies BodyOf<'/api/v1/me/mfa/enrolment/confirm', 'post'>) });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiClient.post<ResponseOf<'/api/v1/me/mfa/recovery-codes', 'post'>>('/me/mfa/recovery-codes', { code } satisfies BodyOf<'/api/v1/me/mfa/recovery-codes', 'post'>),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
  });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DisableMfaInput) => apiRequest<void>('/me/mfa', { method: 'DELETE', body: input }),
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
