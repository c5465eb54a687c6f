import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { AuthScreen } from '../../features/auth/components/auth-screen';
import { homePathFor } from '../../features/auth/home-path';
import { usePageTitle } from '../../lib/use-page-title';
import { useActivateAccount } from '../api/account-links';
import { isInvalidLinkError } from '../lib/use-portal-error';
import { NewPasswordForm } from './new-password-form';

/** /activate?token=…: the invitation e-mail's link. Choosing a password activates the account and signs in. */
export function ActivatePage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('publicAuth.activateTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const activate = useActivateAccount();

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
      <NewPasswordForm submitLabel={t('publicAuth.activateSubmit')} pending={activate.isPending} error={activate.error} onSubmit={(password) => activate.mutate({ token, password })} />
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
