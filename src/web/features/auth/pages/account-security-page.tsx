import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FullPageLoader } from '../../../components/full-page-loader';
import { PasswordField } from '../../../components/password-field';
import { usePageTitle } from '../../../lib/use-page-title';
import { useDisableMfa, useFinishEnrolment, useMfaStatus, useRegenerateRecoveryCodes } from '../api/mfa';
import { MfaEnrolment } from '../components/mfa-enrolment';
import { RecoveryCodesList } from '../components/recovery-codes';

/** /account/security: two-factor sign-in for the signed-in user, in staff and portal shells alike. */
export function AccountSecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.mfa.title'));
  const status = useMfaStatus();
  const finishEnrolment = useFinishEnrolment();
  return (
    <Stack maw={560} gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('auth.mfa.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('auth.mfa.intro')}
        </Text>
      </div>
      <ErrorAlert title={t('errors.unexpected')} error={status.error} />
      {status.isPending ? (
        <FullPageLoader />
      ) : status.data?.enrolled ? (
        <Enrolled required={status.data.required} recoveryCodesLeft={status.data.recoveryCodesLeft} />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <MfaEnrolment onDone={finishEnrolment} />
        </Paper>
      )}
    </Stack>
  );
}

function Enrolled({ required, recoveryCodesLeft }: { required: boolean; recoveryCodesLeft: number }) {
  const { t } = useTranslation();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableMfa();
  const [regenerateCode, setRegenerateCode] = useState('');
  const [password, setPassword] = useState('');
  const [disableCode, setDisableCode] = useState('');

  function submitRegenerate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    regenerate.mutate(regenerateCode.trim(), { onSettled: () => setRegenerateCode('') });
  }
  function submitDisable(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    disable.mutate({ password, code: disableCode.trim() }, { onSettled: () => { setPassword(''); setDisableCode(''); } });
  }
  return (
    <>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="sm">
          <Text fw={500} role="status">
            {t('auth.mfa.on')}
          </Text>
          <Text size="sm">{t('auth.mfa.codesLeft', { count: recoveryCodesLeft })}</Text>
          {regenerate.data ? (
            <RecoveryCodesList codes={regenerate.data.recoveryCodes} />
          ) : (
            <form onSubmit={submitRegenerate} noValidate aria-label={t('auth.mfa.regenerate')}>
              <Stack gap="sm">
                <ErrorAlert title={t('auth.mfa.failed')} error={regenerate.error} />
                <Group align="end">
                  <TextInput label={t('auth.mfa.codeLabel')} inputMode="numeric" autoComplete="one-time-code" value={regenerateCode} onChange={(e) => setRegenerateCode(e.currentTarget.value)} />
                  <Button type="submit" variant="light" loading={regenerate.isPending}>
                    {t('auth.mfa.regenerate')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        {required ? (
          <Text size="sm">{t('auth.mfa.requiredNote')}</Text>
        ) : (
          <form onSubmit={submitDisable} noValidate aria-label={t('auth.mfa.disable')}>
            <Stack gap="sm">
              <ErrorAlert title={t('auth.mfa.failed')} error={disable.error} />
              <PasswordField label={t('auth.password.currentLabel')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
              <TextInput label={t('auth.mfa.codeLabel')} inputMode="numeric" autoComplete="one-time-code" value={disableCode} onChange={(e) => setDisableCode(e.currentTarget.value)} />
              <Button type="submit" color="red" variant="light" loading={disable.isPending} w="fit-content">
                {t('auth.mfa.disable')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </>
  );
}
