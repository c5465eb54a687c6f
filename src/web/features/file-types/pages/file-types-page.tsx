import { Badge, Button, Divider, Group, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NameTranslationFields, translationsOf, translationValues, TranslatedName, type TranslationValues } from '../../../components/name-translation-fields';
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
import { useArchiveFileType } from '../api/archive-file-type';
import { useCreateFileType } from '../api/create-file-type';
import { useFileTypes } from '../api/list-file-types';
import { useUpdateFileType } from '../api/update-file-type';
import type { FileType } from '../types';

/** /staff/file-types: the kinds of attachments; only customer-visible types are shown in the portal. */
export function FileTypesPage() {
  const { t } = useTranslation();
  const canManage = useStaffCan('manage_settings');
  const list = useUrlListState(['customerVisible', 'includeArchived'] as const);
  const fileTypes = useFileTypes(list.params);
  const [editing, setEditing] = useState<FileType | 'new' | null>(null);
  const columns: Column<FileType>[] = [
    { key: 'name', header: t('fileTypes.fields.name'), render: (type) => <TranslatedName item={type} /> },
    {
      key: 'visible',
      header: t('fileTypes.fields.customerVisible'),
      render: (type) => (
        <Badge variant="light" radius="sm" color={type.customerVisible ? 'teal' : 'grape'} style={{ textTransform: 'none' }}>
          {type.customerVisible ? t('files.customerVisible') : t('files.internal')}
        </Badge>
      ),
    },
    { key: 'archived', header: '', render: (type) => (type.archivedAt ? <Badge variant="outline" color="gray">{t('common.archived')}</Badge> : null), width: 120 },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.fileTypes')}
        subtitle={t('fileTypes.intro')}
        actions={
          canManage && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={() => setEditing('new')}>
              {t('fileTypes.new')}
            </Button>
          )
        }
      />
      <ResourceTable
        label={t('staff.nav.fileTypes')}
        query={fileTypes}
        columns={columns}
        list={list}
        searchLabel={t('fileTypes.search')}
        filters={
          <Switch label={t('common.includeArchived')} checked={Boolean(list.filters.includeArchived)} onChange={(event) => list.setFilter('includeArchived', event.currentTarget.checked ? 'true' : null)} mb={8} />
        }
        onRowClick={canManage ? (type) => setEditing(type) : undefined}
        empty={{ icon: 'tag', title: t('fileTypes.emptyTitle'), message: t('fileTypes.emptyMessage') }}
      />
      <FormDrawer opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('fileTypes.new') : t('fileTypes.edit')}>
        {editing !== null && <FileTypeForm fileType={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </FormDrawer>
    </Stack>
  );
}

interface Values extends TranslationValues, Record<string, unknown> {
  name: string;
  customerVisible: boolean;
}

function FileTypeForm({ fileType, onDone }: { fileType?: FileType; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({ name: fileType?.name ?? '', ...translationValues(fileType), customerVisible: fileType?.customerVisible ?? false }, { conflictField: 'name' });
  const create = useCreateFileType();
  const update = useUpdateFileType();
  const archive = useArchiveFileType();

  async function submit(values: Values) {
    const fields = { name: values.name.trim(), nameTranslations: translationsOf(values), customerVisible: values.customerVisible };
    if (fileType) await update.mutateAsync({ id: fileType.id, patch: fields });
    else await create.mutateAsync(fields);
    notifySuccess(t('fileTypes.saved'));
    onDone();
  }

  return (
    <Stack gap="lg">
      <ApiFormLayout form={form} onSubmit={submit} onCancel={onDone} label={fileType ? t('fileTypes.edit') : t('fileTypes.new')}>
        <TextInput label={t('fileTypes.fields.name')} required {...form.text('name')} data-autofocus />
        <NameTranslationFields form={form} />
        <Switch
          label={t('fileTypes.fields.customerVisible')}
          description={t('fileTypes.customerVisibleHint')}
          checked={form.values.customerVisible}
          onChange={(event) => form.setValue('customerVisible', event.currentTarget.checked)}
        />
      </ApiFormLayout>
      {fileType && !fileType.archivedAt && (
        <>
          <Divider />
          <Group>
            <ConfirmArchiveButton name={fileType.name} onConfirm={() => archive.mutateAsync(fileType.id)} onArchived={onDone} />
          </Group>
        </>
      )}
    </Stack>
  );
}
