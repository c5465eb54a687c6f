import { Badge, Button, ColorInput, Divider, Group, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NameTranslationFields, translationsOf, translationValues, type TranslationValues } from '../../../components/name-translation-fields';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useArchiveFlag } from '../api/archive-flag';
import { useCreateFlag } from '../api/create-flag';
import { useFlags } from '../api/list-flags';
import { useUpdateFlag } from '../api/update-flag';
import { FlagBadge } from '../components/flag-badge';
import type { Flag } from '../types';

const SWATCHES = ['#e03131', '#f59f00', '#2f9e44', '#1971c2', '#7048e8', '#c2255c', '#0c8599', '#495057'];

/** /staff/flags: markers for orders, work orders and projects; customer-visible ones show in the portal. */
export function FlagsPage() {
  const { t } = useTranslation();
  const canManage = useStaffCan('manage_settings');
  const list = useUrlListState(['includeArchived'] as const);
  const flags = useFlags(list.params);
  const [editing, setEditing] = useState<Flag | 'new' | null>(null);
  const columns: Column<Flag>[] = [
    { key: 'name', header: t('flags.fields.name'), render: (flag) => <FlagBadge flag={flag} /> },
    {
      key: 'visible',
      header: t('flags.fields.customerVisible'),
      render: (flag) => (
        <Badge variant="light" radius="sm" color={flag.customerVisible ? 'teal' : 'grape'} style={{ textTransform: 'none' }}>
          {flag.customerVisible ? t('flags.customerVisible') : t('flags.internalOnly')}
        </Badge>
      ),
    },
    { key: 'archived', header: '', render: (flag) => (flag.archivedAt ? <Badge variant="outline" color="gray">{t('common.archived')}</Badge> : null), width: 120 },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.flags')}
        subtitle={t('flags.intro')}
        actions={
          canManage && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={() => setEditing('new')}>
              {t('flags.new')}
            </Button>
          )
        }
      />
      <ResourceTable
        label={t('staff.nav.flags')}
        query={flags}
        columns={columns}
        list={list}
        searchLabel={t('flags.search')}
        filters={
          <Switch label={t('common.includeArchived')} checked={Boolean(list.filters.includeArchived)} onChange={(event) => list.setFilter('includeArchived', event.currentTarget.checked ? 'true' : null)} mb={8} />
        }
        onRowClick={canManage ? (flag) => setEditing(flag) : undefined}
        empty={{ icon: 'flag', title: t('flags.emptyTitle'), message: t('flags.emptyMessage') }}
      />
      <FormDrawer opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('flags.new') : t('flags.edit')}>
        {editing !== null && <FlagForm flag={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </FormDrawer>
    </Stack>
  );
}

interface Values extends TranslationValues, Record<string, unknown> {
  name: string;
  color: string;
  customerVisible: boolean;
}

function FlagForm({ flag, onDone }: { flag?: Flag; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({ name: flag?.name ?? '', ...translationValues(flag), color: flag?.color ?? '#1971c2', customerVisible: flag?.customerVisible ?? false });
  const create = useCreateFlag();
  const update = useUpdateFlag();
  const archive = useArchiveFlag();

  async function submit(values: Values) {
    const fields = { name: values.name.trim(), nameTranslations: translationsOf(values), color: values.color, customerVisible: values.customerVisible };
    if (flag) await update.mutateAsync({ id: flag.id, patch: fields });
    else await create.mutateAsync(fields);
    notifySuccess(t('flags.saved'));
    onDone();
  }

  return (
    <Stack gap="lg">
      <ApiFormLayout form={form} onSubmit={submit} onCancel={onDone} label={flag ? t('flags.edit') : t('flags.new')}>
        <TextInput label={t('flags.fields.name')} required {...form.text('name')} data-autofocus />
        <NameTranslationFields form={form} />
        <ColorInput label={t('flags.fields.color')} format="hex" swatches={SWATCHES} value={form.values.color} onChange={(value) => form.setValue('color', value)} error={form.errors.color} />
        <Switch
          label={t('flags.fields.customerVisible')}
          description={t('flags.customerVisibleHint')}
          checked={form.values.customerVisible}
          onChange={(event) => form.setValue('customerVisible', event.currentTarget.checked)}
        />
      </ApiFormLayout>
      {flag && !flag.archivedAt && (
        <>
          <Divider />
          <Group>
            <ConfirmArchiveButton name={flag.name} message={t('flags.archiveMessage')} onConfirm={() => archive.mutateAsync(flag.id)} onArchived={onDone} />
          </Group>
        </>
      )}
    </Stack>
  );
}
