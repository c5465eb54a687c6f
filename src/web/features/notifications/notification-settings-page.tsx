import { Alert, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { Icon } from '../../components/icons';
import { usePageTitle } from '../../lib/use-page-title';
import { NOTIFICATION_KINDS, usePreferences, useSetPreferences, type Delivery } from './api';

/** /account/notifications: for each kind of event, e-mail immediately, in a daily digest, or not at all. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settingsTitle'));
  const preferences = usePreferences();
  const save = useSetPreferences();
  const deliveryOf = new Map(preferences.data?.items.map((item) => [item.kind, item.delivery]));
  return (
    <Stack maw={720} gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('notifications.settingsTitle')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('notifications.settingsIntro')}
        </Text>
      </div>
      {preferences.error && <ErrorAlert title={t('notifications.loadFailed')} error={preferences.error} />}
      {save.error && <ErrorAlert title={t('notifications.saveFailed')} error={save.error} />}
      {save.isSuccess && (
        <Alert role="status" color="teal" variant="light" icon={<Icon name="check" />}>
          {t('notifications.saved')}
        </Alert>
      )}
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notifications.event')}</Table.Th>
              <Table.Th>{t('notifications.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {NOTIFICATION_KINDS.map((kind) => (
              <Table.Tr key={kind}>
                <Table.Td>{t(`notifications.kindName.${kind}`)}</Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={t(`notifications.kindName.${kind}`)}
                    disabled={!preferences.data || save.isPending}
                    value={deliveryOf.get(kind) ?? 'immediate'}
                    onChange={(value) => save.mutate([{ kind, delivery: value as Delivery }])}
                    data={(['immediate', 'digest', 'off'] as const).map((delivery) => ({ value: delivery, label: t(`notifications.delivery.${delivery}`) }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('notifications.inboxAlways')}
      </Text>
    </Stack>
  );
}
