import { Button, Checkbox, Drawer, Group, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { notifySuccess } from '../../../lib/notify';
import { useStaffCan } from '../../../lib/permissions';
import type { User } from '../../users/types';
import { useAddGrant } from '../api/add-grant';
import type { GrantKind, GrantType } from '../types';
import { usePortalUserPicker } from '../use-portal-user-picker';
import { ExplainForRecord } from './explain-access';
import { GrantKindControl } from './grant-kind-control';
import { RecordViewers } from './record-viewers';

function GrantForm({ resourceType, resourceId, customerId }: { resourceType: GrantType; resourceId: string; customerId: string | null }) {
  const { t } = useTranslation();
  const users = usePortalUserPicker(customerId);
  const add = useAddGrant();
  const [user, setUser] = useState<{ id: string; name: string } | null>(null);
  const [kind, setKind] = useState<GrantKind>('visible');
  const [notify, setNotify] = useState(false);
  const [userError, setUserError] = useState<string | undefined>();

  function grant() {
    if (!user) {
      setUserError(t('form.required'));
      return;
    }
    add.mutate(
      { userId: user.id, input: { resourceType, resourceId, kind, notify } },
      {
        onSuccess: () => {
          notifySuccess(t('portalAccess.grants.granted', { name: user.name }));
          // Ready for the next user: a filled form invites granting the same user twice.
          setUser(null);
          setKind('visible');
          setNotify(false);
        },
      },
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('portalAccess.record.intro')}
      </Text>
      <ErrorAlert title={t('portalAccess.record.failed')} error={add.error} />
      <EntityPicker
        source={users}
        label={t('portalAccess.fields.user')}
        description={t('portalAccess.record.userHint')}
        required
        value={user?.id ?? null}
        onChange={(id, item: User | null) => {
          setUser(id ? { id, name: item?.displayName ?? '' } : null);
          setUserError(undefined);
          add.reset();
        }}
        error={userError}
      />
      <GrantKindControl value={kind} onChange={setKind} />
      <Checkbox label={t('portalAccess.record.notify')} checked={notify} onChange={(event) => setNotify(event.currentTarget.checked)} />
      <Group justify="flex-end">
        <Button onClick={grant} loading={add.isPending}>
          {kind === 'assigned' ? t('portalAccess.record.assign') : t('portalAccess.record.visible')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Portal access" on a record's page: who can see it, grant it to a portal user of its customer, or explain a user's access. */
export function RecordPortalAccessButton({ resourceType, resourceId, customerId, name }: { resourceType: GrantType; resourceId: string; customerId: string | null; name: string }) {
  const { t } = useTranslation();
  const canManage = useStaffCan('manage_customers');
  const [opened, { open, close }] = useDisclosure(false);
  if (!canManage) return null;
  return (
    <>
      <Button variant="default" leftSection={<Icon name="lock" size={16} />} onClick={open}>
        {t('portalAccess.record.button')}
      </Button>
      <Drawer opened={opened} onClose={close} title={t('portalAccess.record.title', { name })} position="right" size="lg" padding="lg" closeButtonProps={{ 'aria-label': t('app.close') }}>
        <Tabs defaultValue="viewers" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="viewers">{t('portalAccess.viewers.title')}</Tabs.Tab>
            <Tabs.Tab value="grant">{t('portalAccess.record.grantTab')}</Tabs.Tab>
            <Tabs.Tab value="explain">{t('portalAccess.explain.buttonForUser')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="viewers">
            <RecordViewers resourceType={resourceType} resourceId={resourceId} />
          </Tabs.Panel>
          <Tabs.Panel value="grant">
            <GrantForm resourceType={resourceType} resourceId={resourceId} customerId={customerId} />
          </Tabs.Panel>
          <Tabs.Panel value="explain">
            <ExplainForRecord resourceType={resourceType} resourceId={resourceId} customerId={customerId} />
          </Tabs.Panel>
        </Tabs>
      </Drawer>
    </>
  );
}
