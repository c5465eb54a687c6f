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

export function useConfirmMfaEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiClient.post<RecoveryCodes>('/me/mfa/enrolment/confirm', { code }),
    // The server lifted the enrol-only gate, but /me is refreshed only once the user has kept the
    // recovery codes (useFinishForcedEnrolment): refreshing now would take the codes off the screen.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
  });
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

/** Leaves the enrol-only screen: /me now answers without the gate. */
export function useFinishForcedEnrolment() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: meQueryKey });
}
