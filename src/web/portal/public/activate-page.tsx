import { Anchor, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { AuthScreen } from '../../features/auth/components/auth-screen';
import { homePathFor } from '../../features/auth/home-path';
import { usePageTitle } from '../../lib/use-page-title';
import { useActivateAccount } from '../api/account-links';
import { isApiError } from '../../lib/api-client';
import { isInvalidLinkError } from '../lib/use-portal-error';
import { NewPasswordForm } from './new-password-form';

/**
 * /activate?token=…: the invitation e-mail's link. Choosing a password activates the account and signs in.
 * When another account already signs in with the invitation's login (the address had an account at
 * another customer), the server answers login_taken and the user chooses a login here as well.
 */
export function ActivatePage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('publicAuth.activateTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const activate = useActivateAccount();
  const [login, setLogin] = useState('');
  const [askLogin, setAskLogin] = useState(false);
  const loginTaken = isApiError(activate.error, 'login_taken');
  if (!askLogin && loginTaken) setAskLogin(true);
  // The first refusal of the invitation's own login is what the hint above the field explains; only a
  // login the user chose and that is taken too is an error to show.
  const error = loginTaken && activate.variables?.login === undefined ? null : activate.error;

  if (activate.isSuccess) return <Navigate to={homePathFor(activate.data.user)} replace />;
  if (token.length < 10) {
    return (
      <AuthScreen title={t('publicAuth.activateTitle')} intro={t('publicAuth.linkMissing')}>
        <Text size="sm">
          <Anchor component={Link} to="/login">
            {t('publicAuth.toLogin')}
          </Anchor>
        </Text>
      </AuthScreen>
    );
  }
  return (
    <AuthScreen title={t('publicAuth.activateTitle')} intro={t('publicAuth.activateIntro')}>
      {askLogin && (
        <TextInput
          label={t('publicAuth.chooseLogin')}
          description={t('publicAuth.chooseLoginHint')}
          name="username"
          autoComplete="username"
          required
          value={login}
          onChange={(event) => setLogin(event.currentTarget.value)}
        />
      )}
      <NewPasswordForm
        submitLabel={t('publicAuth.activateSubmit')}
        pending={activate.isPending}
        error={error}
        onSubmit={(password) => activate.mutate({ token, password, ...(askLogin ? { login: login.trim() } : {}) })}
      />
      {isInvalidLinkError(activate.error) && (
        <Text size="sm" c="dimmed">
          {t('publicAuth.activateExpiredHint')}{' '}
          <Anchor component={Link} to="/login">
            {t('publicAuth.toLogin')}
          </Anchor>
        </Text>
      )}
    </AuthScreen>
  );
}
