import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { INVITATION_STATE_COLORS, type InvitationStateValue } from '../../features/portal-access/types';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useColleagueInvitation, useResendColleagueInvitation, useRevokeColleagueInvitation } from '../api/colleagues';
import { ColleagueAccessDrawer } from '../components/colleague-access-drawer';
import { ColleagueAccessLog } from '../components/colleague-access-log';
import { ColleagueAccessSummary } from '../components/colleague-access-summary';
import { InviteColleagueDrawer } from '../components/colleague-invite-drawer';
import { ListToolbar, useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { ListRow, MetaLine, PortalList } from '../components/portal-list';
import { usePortalAccess } from '../lib/portal-me';
import type { PortalUser } from '../lib/types';
import { usePortalErrorMessage } from '../lib/use-portal-error';
import { usePortalList } from '../lib/use-portal-list';


function InvitationStateBadge({ state }: { state: InvitationStateValue }) {
  const { t } = useTranslation('portal');
  return (
    <Badge variant="light" color={INVITATION_STATE_COLORS[state]} radius="sm" size="sm" style={{ textTransform: 'none', flexShrink: 0 }} data-testid="colleague-state">
      {t(`colleagues.states.${state}`)}
    </Badge>
  );
}

/**
 * One colleague: name, address, where the invitation stands (active and disabled come with the user;
 * an open invitation is asked for: pending, expired or revoked), and what the admin may do about it.
 */
function ColleagueRow({ user, isSelf, canManage, onEdit }: { user: PortalUser; isSelf: boolean; canManage: boolean; onEdit: (user: PortalUser) => void }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const errorMessage = usePortalErrorMessage();
  const invited = user.status === 'pending';
  const invitation = useColleagueInvitation(user.id, invited);
  const resend = useResendColleagueInvitation();
  const revoke = useRevokeColleagueInvitation();
  const [confirmRevoke, revokeDialog] = useDisclosure(false);
  const state: InvitationStateValue | null = user.status === 'active' ? 'active' : user.status === 'disabled' ? 'disabled' : (invitation.data?.state ?? null);
  const name = user.displayName;

  function run(action: () => Promise<unknown>, success: string, failure: string) {
    action()
      .then(() => notifySuccess(success))
      .catch((error: unknown) => notifications.show({ title: failure, message: errorMessage(error), color: 'red', withBorder: true }));
  }

  const when =
    state === 'pending' && invitation.data?.expiresAt
      ? t('colleagues.validUntil', { date: format.dateTime(invitation.data.expiresAt) })
      : state === 'expired' && invitation.data?.expiresAt
        ? t('colleagues.expiredOn', { date: format.dateTime(invitation.data.expiresAt) })
        : state === 'revoked'
          ? t('colleagues.revokedNote')
          : user.lastLoginAt
            ? t('colleagues.lastLogin', { date: format.dateTime(user.lastLoginAt) })
            : invited
              ? null
              : t('colleagues.neverSignedIn');

  return (
    <>
      <ListRow
        icon="users"
        title={isSelf ? t('colleagues.you', { name }) : name}
        meta={
          <>
            <MetaLine parts={[user.email ?? user.login, when]} />
            <ColleagueAccessSummary userId={user.id} />
          </>
        }
        aside={
          <>
            {state && <InvitationStateBadge state={state} />}
            {isSelf && (
              <Text size="xs" c="dimmed">
                {t('colleagues.ownAccess')}
              </Text>
            )}
            {canManage && !isSelf && (state === 'pending' || state === 'expired' || state === 'revoked') && (
              <Button
                variant="default"
                size="compact-sm"
                aria-label={t('colleagues.resendFor', { name })}
                loading={resend.isPending}
                onClick={() => run(() => resend.mutateAsync(user.id), t('colleagues.resent', { name }), t('colleagues.resendFailed'))}
              >
                {t('colleagues.resend')}
              </Button>
            )}
            {canManage && !isSelf && (state === 'pending' || state === 'expired') && (
              <Button variant="default" color="red" size="compact-sm" aria-label={t('colleagues.revokeFor', { name })} onClick={revokeDialog.open}>
                {t('colleagues.revoke')}
              </Button>
            )}
            {canManage && !isSelf && (
              <Button variant="light" size="compact-sm" leftSection={<Icon name="pencil" size={14} />} aria-label={t('colleagues.editAccessFor', { name })} onClick={() => onEdit(user)}>
                {t('colleagues.editAccess')}
              </Button>
            )}
          </>
        }
      />
      <Modal opened={confirmRevoke} onClose={revokeDialog.close} title={t('colleagues.revokeTitle', { name })} centered closeButtonProps={{ 'aria-label': t('colleagues.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('colleagues.revokeMessage')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={revokeDialog.close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => {
                revokeDialog.close();
                run(() => revoke.mutateAsync(user.id), t('colleagues.revoked', { name }), t('colleagues.revokeFailed'));
              }}
            >
              {t('colleagues.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * /portal/colleagues: for customer admins, the portal users of their own customer, each with their access
 * at a glance, and the trail of access changes below. They invite colleagues, resend or revoke open
 * invitations and change a colleague's role and sites, never beyond their own access (the server decides;
 * the forms offer only what it accepts). Nobody changes their own access here.
 */
export function ColleaguesPage() {
  const { t } = useTranslation('portal');
  const access = usePortalAccess();
  const filters = useUrlFilters(['q'] as const);
  const isAdmin = access.facts.capabilities.customerAdmin;
  const canManage = isAdmin && !access.previewing;
  const [inviting, inviteDrawer] = useDisclosure(false);
  const [editing, setEditing] = useState<PortalUser | null>(null);
  const users = usePortalList('/users', { kind: 'external', q: filters.values.q || undefined, sort: 'displayName' }, { enabled: isAdmin });
  if (!isAdmin) {
    return (
      <Alert color="yellow" variant="light" icon={<Icon name="lock" />} title={t('colleagues.notAllowedTitle')}>
        {t('colleagues.notAllowed')}
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <PortalPageHeader
        title={t('colleagues.title')}
        subtitle={t('colleagues.subtitle')}
        actions={
          canManage && (
            <Button onClick={inviteDrawer.open} leftSection={<Icon name="plus" size={16} />}>
              {t('colleagues.invite.button')}
            </Button>
          )
        }
      />
      <ListToolbar q={filters.values.q} onSearch={(q) => filters.set('q', q)} searchLabel={t('colleagues.search')} />
      <PortalList
        label={t('colleagues.title')}
        query={users}
        filtered={filters.filtered}
        empty={{ icon: 'users', title: t('colleagues.emptyTitle'), message: t('colleagues.emptyMessage') }}
        renderRow={(user) => <ColleagueRow user={user} isSelf={user.id === access.me.id} canManage={canManage} onEdit={setEditing} />}
      />
      <ColleagueAccessLog />
      {canManage && <InviteColleagueDrawer opened={inviting} onClose={inviteDrawer.close} />}
      {canManage && <ColleagueAccessDrawer colleague={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
