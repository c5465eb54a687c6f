import { Button, Code, Image, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useConfirmMfaEnrolment, useStartMfaEnrolment } from '../api/mfa';
import { RecoveryCodesList } from './recovery-codes';

/** Set-up: scan the QR code (or type the key), confirm with a first code, keep the recovery codes. */
export function MfaEnrolment({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const start = useStartMfaEnrolment();
  const confirm = useConfirmMfaEnrolment();
  const [code, setCode] = useState('');

  if (confirm.data) {
    return (
      <Stack gap="md">
        <Text role="status">{t('auth.mfa.enrolled')}</Text>
        <RecoveryCodesList codes={confirm.data.recoveryCodes} />
        <Button onClick={onDone} w="fit-content">
          {t('auth.mfa.continue')}
        </Button>
      </Stack>
    );
  }
  if (!start.data) {
    return (
      <Stack gap="sm">
        <ErrorAlert title={t('auth.mfa.failed')} error={start.error} />
        <Button onClick={() => start.mutate()} loading={start.isPending} w="fit-content">
          {t('auth.mfa.setUp')}
        </Button>
      </Stack>
    );
  }
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.trim() !== '') confirm.mutate(code.trim(), { onError: () => setCode('') });
  }
  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('auth.mfa.setUp')}>
      <Stack gap="md">
        <Text size="sm">{t('auth.mfa.scan')}</Text>
        <Image src={start.data.qrCode} alt={t('auth.mfa.qrAlt')} w={200} h={200} />
        <Text size="sm">
          {t('auth.mfa.manualKey')} <Code data-testid="mfa-secret">{start.data.secret}</Code>
        </Text>
        <ErrorAlert title={t('auth.mfa.failed')} error={confirm.error} />
        <TextInput
          label={t('auth.mfa.codeLabel')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <Button type="submit" loading={confirm.isPending} w="fit-content">
          {t('auth.mfa.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
