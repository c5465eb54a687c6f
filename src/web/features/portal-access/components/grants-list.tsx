import { ActionIcon, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '../../../components/enum-badge';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { useFormat } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useGrants } from '../api/list-grants';
import { useRemoveGrant } from '../api/remove-grant';
import { AddGrantsButton } from './add-grants-button';
import { RecordRef } from './record-ref';

/** The records granted to the user ("visible" or "assigned"), each removable; several are added at once from here. */
export function GrantsList({ userId, customerId, userName, canManage }: { userId: string; customerId: string | null; userName: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const grants = useGrants(userId);
  const remove = useRemoveGrant();
  const [error, setError] = useState<unknown>(null);
  const items = grants.data?.items ?? [];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="grants-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4" id="grants-title">
            {t('portalAccess.grants.title')}
          </Title>
          {canManage && <AddGrantsButton userId={userId} customerId={customerId} userName={userName} />}
        </Group>
        <ErrorAlert title={t('portalAccess.grants.loadFailed')} error={grants.error} />
        <ErrorAlert title={t('form.saveFailed')} error={error} />
        {grants.data && items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('portalAccess.grants.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Table aria-label={t('portalAccess.grants.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('portalAccess.grants.type')}</Table.Th>
                <Table.Th>{t('portalAccess.grants.record')}</Table.Th>
                <Table.Th>{t('portalAccess.grants.kind')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('portalAccess.grants.since')}</Table.Th>
                {canManage && <Table.Th w={48} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((grant) => (
                <Table.Tr key={`${grant.resourceType}:${grant.resourceId}`}>
                  <Table.Td>{t(`portalAccess.resourceTypes.${grant.resourceType}`)}</Table.Td>
                  <Table.Td>
                    <RecordRef type={grant.resourceType} id={grant.resourceId} />
                  </Table.Td>
                  <Table.Td>
                    <EnumBadge group="grantKind" value={grant.kind} color={grant.kind === 'assigned' ? 'indigo' : 'teal'} />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{format.dateTime(grant.createdAt)}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('portalAccess.grants.removeLabel', { type: t(`portalAccess.resourceTypes.${grant.resourceType}`) })}
                        loading={remove.isPending && remove.variables?.resourceId === grant.resourceId}
                        onClick={() => {
                          setError(null);
                          remove
                            .mutateAsync({ userId, resourceType: grant.resourceType, resourceId: grant.resourceId })
                            .then(() => notifySuccess(t('portalAccess.grants.removed')))
                            .catch((cause: unknown) => setError(cause));
                        }}
                      >
                        <Icon name="trash" size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
