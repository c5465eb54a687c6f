import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../lib/use-page-title';
import { useLogout } from '../api/logout';
import { AuthScreen } from '../components/auth-screen';
import { ChangePasswordForm } from '../components/change-password-form';
import type { Me } from '../types';

/**
 * Shown instead of any page while the account must replace its password (initial or admin-reset one);
 * the server refuses every other request until then, so there is nothing else to show.
 */
export function ForcedPasswordChangePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  usePageTitle(t('auth.password.forcedTitle'));
  const logout = useLogout();
  return (
    <AuthScreen title={t('auth.password.forcedTitle')} intro={t('auth.password.forcedIntro')}>
      <ChangePasswordForm submitFullWidth />
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {t('shell.signedInAs', { login: me.login })}
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={() => logout.mutate()}>
          {t('shell.logout')}
        </Anchor>
      </Group>
    </AuthScreen>
  );
}
