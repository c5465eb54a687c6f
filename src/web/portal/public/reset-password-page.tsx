import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../../components/icons';
import { AuthScreen } from '../../features/auth/components/auth-screen';
import { usePageTitle } from '../../lib/use-page-title';
import { useConfirmPasswordReset } from '../api/account-links';
import { isInvalidLinkError } from '../lib/use-portal-error';
import { NewPasswordForm } from './new-password-form';

/** /reset-password?token=…: the reset e-mail's link; the new password ends every session, then sign in. */
export function ResetPasswordPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('publicAuth.resetTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const confirm = useConfirmPasswordReset();

  if (confirm.isSuccess) {
    return (
      <AuthScreen title={t('publicAuth.resetDoneTitle')}>
        <Alert role="status" color="teal" variant="light" icon={<Icon name="check" />}>
          {t('publicAuth.resetDone')}
        </Alert>
        <Button component={Link} to="/login" fullWidth size="md">
          {t('publicAuth.toLogin')}
        </Button>
      </AuthScreen>
    );
  }
  if (token.length < 10) {
    return (
      <AuthScreen title={t('publicAuth.resetTitle')} intro={t('publicAuth.linkMissing')}>
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('publicAuth.requestNewLink')}
        </Anchor>
      </AuthScreen>
    );
  }
  return (
    <AuthScreen title={t('publicAuth.resetTitle')} intro={t('publicAuth.resetIntro')}>
      <NewPasswordForm submitLabel={t('publicAuth.resetSubmit')} pending={confirm.isPending} error={confirm.error} onSubmit={(password) => confirm.mutate({ token, password })} />
      <Text size="sm" c="dimmed">
        {isInvalidLinkError(confirm.error) ? `${t('publicAuth.resetExpiredHint')} ` : ''}
        <Anchor component={Link} to={isInvalidLinkError(confirm.error) ? '/forgot-password' : '/login'}>
          {isInvalidLinkError(confirm.error) ? t('publicAuth.requestNewLink') : t('publicAuth.toLogin')}
        </Anchor>
      </Text>
    </AuthScreen>
  );
}
