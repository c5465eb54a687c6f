import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, apiRequest } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

/** The caller's own second factor: status, enrolment, recovery codes, turning it off. */
export interface MfaStatus {
  enrolled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}
export interface MfaEnrolment {
  secret: string;
  otpauthUrl: string;
  qrCode: string;
}
export interface RecoveryCodes {
  recoveryCodes: string[];
}

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
  return useMutation({ mutationFn: (code: string) => apiClient.post<RecoveryCodes>('/me/mfa/enrolment/confirm', { code }) });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiClient.post<RecoveryCodes>('/me/mfa/recovery-codes', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
  });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { password: string; code: string }) => apiRequest<void>('/me/mfa', { method: 'DELETE', body: input }),
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
