import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../lib/use-page-title';
import { useLogout } from '../api/logout';
import { AuthScreen } from '../components/auth-screen';
import { MfaEnrolment } from '../components/mfa-enrolment';
import type { Me } from '../types';

/**
 * Shown instead of any page while the administrator requires a second factor the user has not set up;
 * the server refuses everything else until then. The user leaves it after saving the recovery codes.
 */
export function ForcedMfaEnrolmentPage({ me, onDone }: { me: Me; onDone: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('auth.mfa.forcedTitle'));
  const logout = useLogout();
  return (
    <AuthScreen title={t('auth.mfa.forcedTitle')} intro={t('auth.mfa.forcedIntro')}>
      <MfaEnrolment onDone={onDone} />
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
