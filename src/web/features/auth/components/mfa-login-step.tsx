import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useLoginMfa } from '../api/login-mfa';

/** After a correct password: a code from the authenticator app, or one of the recovery codes. */
export function MfaLoginStep({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  const loginMfa = useLoginMfa();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  // The pending sign-in lasts five minutes; after that only the password step can start a new one.
  const expired = isApiError(loginMfa.error, 'mfa_login_expired');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entered = value.trim();
    setFieldError(entered === '' ? t('auth.mfa.codeRequired') : undefined);
    if (entered === '') return;
    loginMfa.mutate(useRecovery ? { recoveryCode: entered } : { code: entered }, { onError: () => setValue('') });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('auth.mfa.loginTitle')}>
      <Stack gap="md">
        <ErrorAlert title={t('auth.login.failed')} error={loginMfa.error} />
        <TextInput
          key={useRecovery ? 'recovery' : 'code'}
          label={useRecovery ? t('auth.mfa.recoveryLabel') : t('auth.mfa.codeLabel')}
          name={useRecovery ? 'recoveryCode' : 'code'}
          inputMode={useRecovery ? 'text' : 'numeric'}
          autoComplete={useRecovery ? 'off' : 'one-time-code'}
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={fieldError}
        />
        <Group justify="space-between" mt={-6}>
          <Anchor component="button" type="button" size="sm" onClick={() => { setUseRecovery(!useRecovery); setValue(''); setFieldError(undefined); }}>
            {useRecovery ? t('auth.mfa.useCode') : t('auth.mfa.useRecovery')}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={onRestart}>
            {t('auth.mfa.restart')}
          </Anchor>
        </Group>
        <Button type="submit" fullWidth size="md" mt="xs" loading={loginMfa.isPending} disabled={expired}>
          {t('auth.mfa.verify')}
        </Button>
      </Stack>
    </form>
  );
}
