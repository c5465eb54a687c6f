import { ActionIcon, Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { notifySuccess } from '../../../lib/notify';
import { useRecordViewers } from '../api/list-record-viewers';
import { useRemoveGrant } from '../api/remove-grant';
import type { GrantType } from '../types';
import { ReasonText } from './explain-access';

/**
 * "Who can see this": every portal user with access to the record (invited ones included), each with the
 * reasons the policy gives; a grant of the record itself can be removed here.
 */
export function RecordViewers({ resourceType, resourceId }: { resourceType: GrantType; resourceId: string }) {
  const { t } = useTranslation();
  const viewers = useRecordViewers(resourceType, resourceId);
  const remove = useRemoveGrant();
  const [error, setError] = useState<unknown>(null);
  const items = viewers.data?.items ?? [];

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('portalAccess.viewers.intro')}
      </Text>
      <ErrorAlert title={t('portalAccess.viewers.loadFailed')} error={viewers.error} />
      <ErrorAlert title={t('form.saveFailed')} error={error} />
      {viewers.isPending && <Text size="sm" c="dimmed">{t('app.loading')}</Text>}
      {viewers.data && items.length === 0 && (
        <Text size="sm" role="status">
          {t('portalAccess.viewers.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} aria-label={t('portalAccess.viewers.title')} style={{ listStyle: 'none' }}>
          {items.map(({ user, granted, explanation }) => (
            <Paper component="li" key={user.id} withBorder radius="sm" p="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/staff/users/${user.id}`} size="sm" fw={500}>
                      {user.displayName}
                    </Anchor>
                    {user.status === 'pending' && (
                      <Badge size="sm" variant="light" color="gray">
                        {t('enums.userStatus.pending')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {user.login}
                  </Text>
                </div>
                {granted && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('portalAccess.viewers.removeGrant', { name: user.displayName })}
                    loading={remove.isPending && remove.variables?.userId === user.id}
                    onClick={() => {
                      setError(null);
                      remove
                        .mutateAsync({ userId: user.id, resourceType, resourceId })
                        .then(() => notifySuccess(t('portalAccess.grants.removed')))
                        .catch((cause: unknown) => setError(cause));
                    }}
                  >
                    <Icon name="trash" size={16} />
                  </ActionIcon>
                )}
              </Group>
              <List size="sm" spacing={2} mt={6} aria-label={t('portalAccess.viewers.why')}>
                {explanation.steps.reasons.map((reason, index) => (
                  <List.Item key={index}>
                    <ReasonText steps={reason} />
                  </List.Item>
                ))}
              </List>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
