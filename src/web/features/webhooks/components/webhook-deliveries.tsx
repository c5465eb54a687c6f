import { Badge, Button, Code, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceTable, type Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { useLocalListState } from '../../../lib/use-list-state';
import { useRetryDelivery, useWebhookDeliveries } from '../api/webhooks';
import type { WebhookDelivery } from '../types';

const STATUS_COLORS: Record<WebhookDelivery['status'], string> = { pending: 'yellow', sending: 'blue', delivered: 'teal', failed: 'red' };

/** The delivery log of one subscription: what was posted, how often, and the receiver's last answer. */
export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useLocalListState();
  const deliveries = useWebhookDeliveries(webhookId, list.params);
  const retry = useRetryDelivery(webhookId);
  const [shown, setShown] = useState<WebhookDelivery | null>(null);
  // Few, narrow columns: the log lives in a drawer.
  const columns: Column<WebhookDelivery>[] = [
    {
      key: 'event',
      header: t('webhooks.fields.event'),
      render: (d) => (
        <Stack gap={0}>
          <Text size="sm">{t(`webhooks.events.${d.event.replace('.', '_')}`)}</Text>
          <Text size="xs" c="dimmed">
            {format.dateTime(d.createdAt)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('webhooks.fields.status'),
      render: (d) => (
        <Badge variant="light" color={STATUS_COLORS[d.status]} radius="sm" style={{ textTransform: 'none', minWidth: 'max-content' }}>
          {t(`webhooks.statuses.${d.status}`)}
        </Badge>
      ),
      nowrap: true,
    },
    {
      key: 'answer',
      header: t('webhooks.fields.answer'),
      render: (d) => (
        <Stack gap={0}>
          <Text size="sm">{[d.responseStatus !== null ? `HTTP ${d.responseStatus}` : null, t('webhooks.attempts', { count: d.attempts })].filter(Boolean).join(' · ')}</Text>
          {d.lastError && d.status !== 'delivered' && (
            <Text size="xs" c="dimmed">
              {d.lastError}
            </Text>
          )}
          {d.nextAttemptAt && (
            <Text size="xs" c="dimmed">
              {t('webhooks.nextAttempt', { at: format.dateTime(d.nextAttemptAt) })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'retry',
      header: '',
      render: (d) =>
        d.status === 'failed' ? (
          <Button size="compact-xs" variant="light" loading={retry.isPending && retry.variables === d.id} onClick={() => retry.mutate(d.id)}>
            {t('webhooks.retry')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Stack gap="xs">
      <Title order={3} fz="h5">
        {t('webhooks.deliveries')}
      </Title>
      <ResourceTable
        label={t('webhooks.deliveries')}
        query={deliveries}
        columns={columns}
        list={list}
        onRowClick={(d) => setShown(d)}
        empty={{ icon: 'inbox', title: t('webhooks.noDeliveriesTitle'), message: t('webhooks.noDeliveries') }}
      />
      {shown && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('webhooks.body', { at: format.dateTime(shown.createdAt) })}
          </Text>
          <Code block aria-label={t('webhooks.bodyLabel')}>
            {JSON.stringify(JSON.parse(shown.payload), null, 2)}
          </Code>
        </Stack>
      )}
    </Stack>
  );
}
