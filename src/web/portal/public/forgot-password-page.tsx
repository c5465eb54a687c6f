import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import { AuthScreen } from '../../features/auth/components/auth-screen';
import { usePageTitle } from '../../lib/use-page-title';
import { useRequestPasswordReset } from '../api/account-links';
import { PortalErrorAlert } from '../components/detail-state';

/**
 * /forgot-password: asks for a reset e-mail. The answer is the same whether or not the address has an
 * account (the API always says 202), so the page never reveals who is registered.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('publicAuth.forgotTitle'));
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = email.trim();
    if (!/^\S+@\S+\.\S+$/.test(value)) {
      setError(t('publicAuth.emailInvalid'));
      return;
    }
    setError(undefined);
    request.mutate(value);
  }

  if (request.isSuccess) {
    return (
      <AuthScreen title={t('publicAuth.forgotSentTitle')}>
        <Alert role="status" color="teal" variant="light" icon={<Icon name="check" />}>
          {t('publicAuth.forgotSent', { email: email.trim() })}
        </Alert>
        <Text size="sm" c="dimmed">
          {t('publicAuth.forgotSentHint')}
        </Text>
        <Button component={Link} to="/login" variant="light" fullWidth>
          {t('publicAuth.toLogin')}
        </Button>
      </AuthScreen>
    );
  }

  return (
    <AuthScreen title={t('publicAuth.forgotTitle')} intro={t('publicAuth.forgotIntro')}>
      <form onSubmit={submit} noValidate aria-label={t('publicAuth.forgotTitle')}>
        <Stack gap="md">
          <PortalErrorAlert title={t('publicAuth.failed')} error={request.error} />
          <TextInput
            label={t('publicAuth.email')}
            type="email"
            name="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            required
            withAsterisk={false}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={error}
          />
          <Button type="submit" fullWidth size="md" loading={request.isPending}>
            {t('publicAuth.forgotSubmit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('publicAuth.backToLogin')}
      </Anchor>
    </AuthScreen>
  );
}
