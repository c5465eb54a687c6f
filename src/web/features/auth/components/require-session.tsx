import { Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { FullPageLoader } from '../../../components/full-page-loader';
import { useMe } from '../api/get-me';
import { homePathFor } from '../home-path';
import { useFinishEnrolment } from '../api/mfa';
import { ForcedMfaEnrolmentPage } from '../pages/forced-mfa-enrolment-page';
import { ForcedPasswordChangePage } from '../pages/forced-password-change-page';
import type { Me } from '../types';

/**
 * Route guard for everything behind a sign-in. Not signed in → /login (remembering where the user was);
 * a pending forced password change or required two-factor enrolment → that page, whatever the URL; wrong kind of user → their own home.
 * The server enforces all of this too; the guard only keeps the UI from showing doors that will not open.
 */
export function RequireSession({ kind }: { kind?: Me['kind'] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const finishEnrolment = useFinishEnrolment();

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    return (
      <Center h="100dvh" px="md">
        <Stack maw={420}>
          <ErrorAlert title={t('errors.unexpected')} error={me.error} />
          <Text ta="center">
            <Button variant="light" onClick={() => void me.refetch()}>
              {t('app.retry')}
            </Button>
          </Text>
        </Stack>
      </Center>
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (me.data.mustChangePassword) return <ForcedPasswordChangePage me={me.data} />;
  if (me.data.mfaEnrolmentRequired) return <ForcedMfaEnrolmentPage me={me.data} onDone={finishEnrolment} />;
  if (kind && me.data.kind !== kind) return <Navigate to={homePathFor(me.data)} replace />;
  return <Outlet />;
}
