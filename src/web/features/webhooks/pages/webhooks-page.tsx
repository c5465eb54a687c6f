import { Badge, Button, Divider, Group, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { FormDrawer } from '../../../components/form-drawer';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { ResourceTable, type Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { useUrlListState } from '../../../lib/use-list-state';
import { CustomerLink } from '../../customers/components/customer-link';
import { useDeleteWebhook, useWebhooks } from '../api/webhooks';
import { WebhookDeliveries } from '../components/webhook-deliveries';
import { WebhookForm } from '../components/webhook-form';
import type { Webhook } from '../types';

/** /staff/webhooks: integrators' subscriptions to events, each with its delivery log (admins). */
export function WebhooksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useUrlListState(['includeArchived'] as const);
  const webhooks = useWebhooks(list.params);
  const remove = useDeleteWebhook();
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const columns: Column<Webhook>[] = [
    { key: 'url', header: t('webhooks.fields.url'), render: (hook) => <Text size="sm" ff="monospace">{hook.url}</Text> },
    { key: 'events', header: t('webhooks.fields.events'), render: (hook) => hook.events.map((event) => t(`webhooks.events.${event.replace('.', '_')}`)).join(', '), visibleFrom: 'md' },
    {
      key: 'customer',
      header: t('webhooks.fields.customer'),
      render: (hook) => (
        <Group gap={6} wrap="nowrap">
          {hook.customerId ? <CustomerLink id={hook.customerId} /> : <Text size="sm">{t('webhooks.allCustomers')}</Text>}
          {hook.customerFacing && (
            <Badge variant="light" color="teal" radius="sm" style={{ textTransform: 'none' }}>
              {t('webhooks.customerFacingBadge')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'createdAt', header: t('webhooks.fields.createdAt'), render: (hook) => format.date(hook.createdAt), visibleFrom: 'sm', nowrap: true },
    { key: 'archived', header: '', render: (hook) => (hook.archivedAt ? <Badge variant="outline" color="gray">{t('webhooks.deleted')}</Badge> : null), width: 120 },
  ];
  const opened = editing !== null && editing !== 'new' ? editing : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.webhooks')}
        subtitle={t('webhooks.intro')}
        actions={
          <Button leftSection={<Icon name="plus" size={16} />} onClick={() => setEditing('new')}>
            {t('webhooks.new')}
          </Button>
        }
      />
      <ResourceTable
        label={t('staff.nav.webhooks')}
        query={webhooks}
        columns={columns}
        list={list}
        filters={
          <Switch label={t('webhooks.includeDeleted')} checked={Boolean(list.filters.includeArchived)} onChange={(event) => list.setFilter('includeArchived', event.currentTarget.checked ? 'true' : null)} mb={8} />
        }
        onRowClick={(hook) => setEditing(hook)}
        empty={{ icon: 'world', title: t('webhooks.emptyTitle'), message: t('webhooks.emptyMessage') }}
      />
      <FormDrawer opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('webhooks.new') : t('webhooks.edit')}>
        {editing !== null && (
          <Stack gap="lg">
            {(!opened || !opened.archivedAt) && <WebhookForm webhook={opened ?? undefined} onDone={() => setEditing(null)} />}
            {opened && (
              <>
                {!opened.archivedAt && (
                  <Group>
                    <ConfirmArchiveButton name={opened.url} label={t('webhooks.delete')} message={t('webhooks.deleteMessage')} onConfirm={() => remove.mutateAsync(opened.id)} onArchived={() => setEditing(null)} />
                  </Group>
                )}
                <Divider />
                <WebhookDeliveries webhookId={opened.id} />
              </>
            )}
          </Stack>
        )}
      </FormDrawer>
    </Stack>
  );
}
