import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Field, FieldGrid } from '../../../components/field-grid';
import { useFormat } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import type { User } from '../../users/types';
import { useInvitation } from '../api/get-invitation';
import { useResendInvitation } from '../api/resend-invitation';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { useSendPasswordReset } from '../api/send-password-reset';
import { INVITATION_STATE_COLORS, type InvitationStateValue } from '../types';


export function InvitationStateBadge({ state }: { state: InvitationStateValue }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={INVITATION_STATE_COLORS[state]} radius="sm" style={{ textTransform: 'none' }} data-testid="invitation-state">
      {t(`portalAccess.invitation.states.${state}`)}
    </Badge>
  );
}

/** Invitation state with Resend / Revoke, and "Send password reset" once the account is active. */
export function InvitationPanel({ user, canManage }: { user: User; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const invitation = useInvitation(user.id);
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const reset = useSendPasswordReset();
  const [revokeOpened, revokeDialog] = useDisclosure(false);
  const [error, setError] = useState<unknown>(null);
  const state = invitation.data?.state;

  function run(action: () => Promise<unknown>, message: string) {
    setError(null);
    action()
      .then(() => notifySuccess(message))
      .catch((cause: unknown) => setError(cause));
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="invitation-title">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Title order={2} fz="h4" id="invitation-title">
              {t('portalAccess.invitation.title')}
            </Title>
            {state && <InvitationStateBadge state={state} />}
          </Group>
          {canManage && state && (
            <Group gap="xs">
              {(state === 'pending' || state === 'expired' || state === 'revoked') && (
                <Button variant="default" size="xs" loading={resend.isPending} onClick={() => run(() => resend.mutateAsync(user.id), t('portalAccess.invitation.resent'))}>
                  {t('portalAccess.invitation.resend')}
                </Button>
              )}
              {(state === 'pending' || state === 'expired') && (
                <Button variant="default" color="red" size="xs" onClick={revokeDialog.open}>
                  {t('portalAccess.invitation.revoke')}
                </Button>
              )}
              {state === 'active' && (
                <Button variant="default" size="xs" loading={reset.isPending} onClick={() => run(() => reset.mutateAsync(user.id), t('portalAccess.invitation.passwordResetSent'))}>
                  {t('portalAccess.invitation.passwordReset')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        <ErrorAlert title={t('portalAccess.invitation.loadFailed')} error={invitation.error} />
        <ErrorAlert title={t('portalAccess.invitation.failed')} error={error} />
        {invitation.data && (
          <FieldGrid cols={3}>
            <Field label={t('portalAccess.invitation.sentAt')}>{invitation.data.sentAt ? format.dateTime(invitation.data.sentAt) : null}</Field>
            <Field label={t('portalAccess.invitation.expiresAt')}>{invitation.data.expiresAt ? format.dateTime(invitation.data.expiresAt) : null}</Field>
            <Field label={t('portalAccess.invitation.acceptedAt')}>{invitation.data.acceptedAt ? format.dateTime(invitation.data.acceptedAt) : null}</Field>
          </FieldGrid>
        )}
      </Stack>
      <Modal opened={revokeOpened} onClose={revokeDialog.close} title={t('portalAccess.invitation.revokeTitle', { name: user.displayName })} centered closeButtonProps={{ 'aria-label': t('app.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('portalAccess.invitation.revokeMessage')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={revokeDialog.close}>
              {t('app.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => {
                revokeDialog.close();
                run(async () => {
                  await revoke.mutateAsync(user.id);
                  await invitation.refetch();
                }, t('portalAccess.invitation.revoked'));
              }}
            >
              {t('portalAccess.invitation.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
