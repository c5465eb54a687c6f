import { NameTranslationFields, translationsOf, translationValues, TranslatedName, type TranslationValues } from '../../../components/name-translation-fields';
import { Badge, Button, Divider, Group, NumberInput, Select, Stack, Switch, Tabs, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useStaffCan } from '../../../lib/permissions';
import { useLocalListState } from '../../../lib/use-list-state';
import { CustomerLink } from '../../customers/components/customer-link';
import { TicketStatusBadge } from '../../tickets/components/ticket-columns';
import { STATUS_CATEGORIES } from '../../tickets/types';
import type { StatusCategory } from '../../tickets/types';
import { useArchiveTicketStatus } from '../api/archive-ticket-status';
import { useCreateTicketStatus } from '../api/create-ticket-status';
import { useTicketStatuses } from '../api/list-ticket-statuses';
import { useTicketTypes } from '../api/list-ticket-types';
import { useUpdateTicketStatus } from '../api/update-ticket-status';
import { formatDuration, TicketTypeForm } from '../components/ticket-type-form';
import type { TicketStatus, TicketType } from '../types';

/** /staff/ticket-types: the configurable ticket types (shared or per customer) and the status workflow. */
export function TicketTypesPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('staff.nav.ticketTypes')} subtitle={t('ticketTypes.intro')} />
      <Tabs defaultValue="types" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="types" leftSection={<Icon name="tag" size={16} />}>
            {t('ticketTypes.types')}
          </Tabs.Tab>
          <Tabs.Tab value="statuses" leftSection={<Icon name="listDetails" size={16} />}>
            {t('ticketTypes.statuses')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="types" pt="md">
          <TypesSection />
        </Tabs.Panel>
        <Tabs.Panel value="statuses" pt="md">
          <StatusesSection />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function TypesSection() {
  const { t } = useTranslation();
  const canManage = useStaffCan('manage_settings');
  const list = useLocalListState();
  const types = useTicketTypes(list.params);
  const [editing, setEditing] = useState<TicketType | 'new' | null>(null);
  const columns: Column<TicketType>[] = [
    { key: 'name', header: t('ticketTypes.fields.name'), render: (type) => <TranslatedName item={type} /> },
    { key: 'key', header: t('ticketTypes.fields.key'), render: (type) => <Text span size="sm" ff="monospace">{type.key}</Text> },
    {
      key: 'customer',
      header: t('ticketTypes.fields.offeredTo'),
      render: (type) => (type.customerId ? <CustomerLink id={type.customerId} /> : <Badge variant="light" radius="sm" style={{ textTransform: 'none' }}>{t('ticketTypes.allCustomers')}</Badge>),
    },
    { key: 'firstResponse', header: t('ticketTypes.fields.firstResponse'), render: (type) => formatDuration(type.firstResponseMinutes, t), visibleFrom: 'md', nowrap: true },
    { key: 'resolution', header: t('ticketTypes.fields.resolution'), render: (type) => formatDuration(type.resolutionMinutes, t), visibleFrom: 'md', nowrap: true },
  ];
  return (
    <Stack gap="sm">
      <ResourceTable
        label={t('ticketTypes.types')}
        query={types}
        columns={columns}
        list={list}
        searchLabel={t('ticketTypes.searchTypes')}
        onRowClick={canManage ? (type) => setEditing(type) : undefined}
        actions={
          canManage && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={() => setEditing('new')}>
              {t('ticketTypes.newType')}
            </Button>
          )
        }
        empty={{ icon: 'tag', title: t('ticketTypes.typesEmptyTitle'), message: t('ticketTypes.typesEmpty') }}
      />
      <FormDrawer opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('ticketTypes.newType') : t('ticketTypes.editType')}>
        {editing !== null && <TicketTypeForm type={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </FormDrawer>
    </Stack>
  );
}

function StatusesSection() {
  const { t } = useTranslation();
  const canManage = useStaffCan('manage_settings');
  const list = useLocalListState();
  const statuses = useTicketStatuses({ ...list.params, sort: 'position' });
  const [editing, setEditing] = useState<TicketStatus | 'new' | null>(null);
  const columns: Column<TicketStatus>[] = [
    { key: 'name', header: t('ticketTypes.fields.name'), render: (status) => <TranslatedName item={status} /> },
    { key: 'key', header: t('ticketTypes.fields.key'), render: (status) => <Text span size="sm" ff="monospace">{status.key}</Text> },
    { key: 'category', header: t('ticketTypes.fields.category'), render: (status) => <TicketStatusBadge name={t(`enums.statusCategory.${status.category}`)} category={status.category} /> },
    { key: 'position', header: t('ticketTypes.fields.position'), render: (status) => status.position, visibleFrom: 'sm' },
    { key: 'initial', header: t('ticketTypes.fields.isInitial'), render: (status) => (status.isInitial ? <Icon name="check" /> : null), width: 110 },
  ];
  return (
    <Stack gap="sm">
      <ResourceTable
        label={t('ticketTypes.statuses')}
        query={statuses}
        columns={columns}
        list={list}
        onRowClick={canManage ? (status) => setEditing(status) : undefined}
        actions={
          canManage && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={() => setEditing('new')}>
              {t('ticketTypes.newStatus')}
            </Button>
          )
        }
        empty={{ icon: 'listDetails', title: t('ticketTypes.statusesEmptyTitle'), message: t('ticketTypes.statusesEmpty') }}
      />
      <FormDrawer opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('ticketTypes.newStatus') : t('ticketTypes.editStatus')}>
        {editing !== null && <StatusForm status={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </FormDrawer>
    </Stack>
  );
}

interface StatusValues extends TranslationValues, Record<string, unknown> {
  name: string;
  key: string;
  category: StatusCategory;
  position: number | string;
  isInitial: boolean;
}

function StatusForm({ status, onDone }: { status?: TicketStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<StatusValues>(
    { name: status?.name ?? '', ...translationValues(status), key: status?.key ?? '', category: status?.category ?? 'open', position: status?.position ?? '', isInitial: status?.isInitial ?? false },
    { conflictField: 'key' },
  );
  const create = useCreateTicketStatus();
  const update = useUpdateTicketStatus();
  const archive = useArchiveTicketStatus();

  async function submit(values: StatusValues) {
    const fields = {
      name: values.name.trim(),
      nameTranslations: translationsOf(values),
      key: values.key.trim(),
      category: values.category,
      ...(values.position === '' ? {} : { position: Number(values.position) }),
      isInitial: values.isInitial,
    };
    if (status) await update.mutateAsync({ id: status.id, patch: fields });
    else await create.mutateAsync(fields);
    notifySuccess(t('ticketTypes.saved'));
    onDone();
  }

  return (
    <Stack gap="lg">
      <ApiFormLayout form={form} onSubmit={submit} onCancel={onDone} label={status ? t('ticketTypes.editStatus') : t('ticketTypes.newStatus')}>
        <TextInput label={t('ticketTypes.fields.name')} required {...form.text('name')} data-autofocus />
        <NameTranslationFields form={form} />
        <TextInput label={t('ticketTypes.fields.key')} description={t('ticketTypes.keyHint')} required {...form.text('key')} />
        <Select
          label={t('ticketTypes.fields.category')}
          description={t('ticketTypes.categoryHint')}
          data={STATUS_CATEGORIES.map((category) => ({ value: category, label: t(`enums.statusCategory.${category}`) }))}
          value={form.values.category}
          onChange={(value) => value && form.setValue('category', value as StatusCategory)}
          allowDeselect={false}
          error={form.errors.category}
        />
        <NumberInput label={t('ticketTypes.fields.position')} min={0} value={form.values.position} onChange={(value) => form.setValue('position', value)} error={form.errors.position} />
        <Switch label={t('ticketTypes.fields.isInitial')} checked={form.values.isInitial} onChange={(event) => form.setValue('isInitial', event.currentTarget.checked)} error={form.errors.isInitial} />
      </ApiFormLayout>
      {status && !status.archivedAt && (
        <>
          <Divider />
          <Group>
            <ConfirmArchiveButton name={status.name} onConfirm={() => archive.mutateAsync(status.id)} onArchived={onDone} />
          </Group>
        </>
      )}
    </Stack>
  );
}
