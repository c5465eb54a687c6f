import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { FullPageLoader } from '../../../components/full-page-loader';
import { PasswordField } from '../../../components/password-field';
import { usePageTitle } from '../../../lib/use-page-title';
import { useMe } from '../api/get-me';
import { useLogin } from '../api/login';
import { MfaLoginStep } from '../components/mfa-login-step';
import { logoutMutationKey } from '../api/logout';
import { AuthScreen } from '../components/auth-screen';
import { homePathFor, safeReturnPath } from '../home-path';

interface FieldErrors {
  login?: string;
  password?: string;
}

/** Where RequireSession sent the user from, if anywhere (router state, so it never shows in the URL). */
function useReturnPath(): string | undefined {
  const { state } = useLocation() as { state: { from?: unknown } | null };
  return safeReturnPath(state?.from);
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.login.title'));
  const returnPath = useReturnPath();
  const me = useMe();
  const loginMutation = useLogin();
  const signingOut = useIsMutating({ mutationKey: logoutMutationKey }) > 0;
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [codeStep, setCodeStep] = useState(false);

  if (me.isPending) return <FullPageLoader />;
  // Signed in, either just now (useLogin stores the user) or earlier (a bookmark to /login): move on.
  if (me.data && !signingOut) return <Navigate to={returnPath ?? homePathFor(me.data)} replace />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (login.trim() === '') errors.login = t('auth.login.loginRequired');
    if (password === '') errors.password = t('auth.login.passwordRequired');
    setFieldErrors(errors);
    if (errors.login || errors.password) return;
    loginMutation.mutate(
      { login: login.trim(), password },
      {
        // A failed attempt clears the password so the next try starts clean; a code step follows when asked.
        onError: () => setPassword(''),
        onSuccess: (answer) => {
          setPassword('');
          if (answer.mfaRequired) setCodeStep(true);
        },
      },
    );
  }

  if (codeStep) {
    return (
      <AuthScreen title={t('auth.mfa.loginTitle')} intro={t('auth.mfa.loginIntro')}>
        <MfaLoginStep onRestart={() => { loginMutation.reset(); setCodeStep(false); }} />
      </AuthScreen>
    );
  }

  return (
    <AuthScreen title={t('auth.login.title')} intro={t('auth.login.subtitle')}>
      <form onSubmit={handleSubmit} noValidate aria-label={t('auth.login.title')}>
        {/* Both fields are required (aria-required); asterisks on a two-field form would only be noise. */}
        <Stack gap="md">
          <ErrorAlert title={t('auth.login.failed')} error={loginMutation.error} />
          <TextInput
            label={t('auth.login.loginLabel')}
            name="login"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            withAsterisk={false}
            autoFocus
            value={login}
            onChange={(event) => setLogin(event.currentTarget.value)}
            error={fieldErrors.login}
          />
          <PasswordField
            label={t('auth.login.passwordLabel')}
            name="password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
          />
          <Group justify="flex-end" mt={-6}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('portal:publicAuth.forgotLink')}
            </Anchor>
          </Group>
          <Button type="submit" fullWidth size="md" mt="xs" loading={loginMutation.isPending}>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthScreen>
  );
}
