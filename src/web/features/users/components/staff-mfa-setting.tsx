import { Paper, Switch } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { api } from '../../../lib/api-client';
import type { SecuritySettingsInput } from '../types';

const settingsKey = ['settings', 'security'] as const;

/** Admins only: require a second factor of every staff user (audited on the server). */
export function StaffMfaSetting() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => api.get('/settings/security', { signal }) });
  const update = useMutation({
    mutationFn: (input: SecuritySettingsInput) => api.put('/settings/security', { body: input }),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
  return (
    <Paper withBorder radius="md" p="md">
      <ErrorAlert title={t('users.staffMfaFailed')} error={settings.error ?? update.error} />
      <Switch
        label={t('users.staffMfaRequired')}
        description={t('users.staffMfaRequiredHint')}
        checked={settings.data?.staffMfaRequired ?? false}
        disabled={!settings.data || update.isPending}
        onChange={(event) => update.mutate({ staffMfaRequired: event.currentTarget.checked })}
      />
    </Paper>
  );
}
