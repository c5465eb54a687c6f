import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { useLocalListState } from '../../../lib/use-list-state';
import { useCreateProjectPart } from '../api/create-project-part';
import { useDeleteProjectPart } from '../api/delete-project-part';
import { useProjectParts } from '../api/list-project-parts';
import { useUpdateProjectPart } from '../api/update-project-part';
import { PART_STATUSES } from '../types';
import type { Part, PartStatus } from '../types';

/** The project's parts list: quantities and where each part stands (planned → installed). */
export function PartsPanel({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const list = useLocalListState();
  const parts = useProjectParts(projectId, list.params);
  const updatePart = useUpdateProjectPart(projectId);
  const deletePart = useDeleteProjectPart(projectId);

  const columns: Column<Part>[] = [
    { key: 'partNumber', header: t('projects.parts.partNumber'), render: (part) => <Text span size="sm" ff="monospace">{part.partNumber ?? '—'}</Text> },
    { key: 'description', header: t('projects.parts.description'), render: (part) => part.description },
    { key: 'quantity', header: t('projects.parts.quantity'), render: (part) => part.quantity, width: 90 },
    {
      key: 'status',
      header: t('common.status'),
      render: (part) =>
        canEdit ? (
          <Select
            aria-label={t('projects.parts.statusOf', { name: part.description })}
            size="xs"
            w={140}
            data={PART_STATUSES.map((status) => ({ value: status, label: t(`enums.partStatus.${status}`) }))}
            value={part.status}
            onChange={(value) => value && updatePart.mutate({ partId: part.id, patch: { status: value as PartStatus } })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          t(`enums.partStatus.${part.status}`)
        ),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: '',
      width: 48,
      render: (part) => (
        <ActionIcon variant="subtle" color="gray" aria-label={t('projects.parts.remove', { name: part.description })} onClick={() => deletePart.mutate(part.id)}>
          <Icon name="trash" size={16} />
        </ActionIcon>
      ),
    });
  }

  return (
    <Stack gap="sm">
      <ErrorAlert title={t('projects.parts.failed')} error={updatePart.error ?? deletePart.error} />
      <ResourceTable
        label={t('projects.parts.title')}
        query={parts}
        columns={columns}
        list={list}
        searchLabel={t('projects.parts.search')}
        skeletonRows={3}
        empty={{ icon: 'listDetails', title: t('projects.parts.emptyTitle'), message: t('projects.parts.empty') }}
      />
      {canEdit && <AddPartForm projectId={projectId} />}
    </Stack>
  );
}

interface PartValues extends Record<string, unknown> {
  partNumber: string;
  description: string;
  quantity: number | string;
}

function AddPartForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const form = useApiForm<PartValues>({ partNumber: '', description: '', quantity: 1 });
  const create = useCreateProjectPart(projectId);

  async function submit(values: PartValues) {
    await create.mutateAsync({ partNumber: emptyToNull(values.partNumber), description: values.description.trim(), quantity: Number(values.quantity) });
    form.reset();
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('projects.parts.add')}>
        <Stack gap="xs">
          <ErrorAlert title={t('projects.parts.failed')} error={form.formError} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput label={t('projects.parts.partNumber')} {...form.text('partNumber')} w={160} />
            <TextInput label={t('projects.parts.description')} required {...form.text('description')} style={{ flex: '1 1 220px' }} />
            <NumberInput label={t('projects.parts.quantity')} min={1} value={form.values.quantity} onChange={(value) => form.setValue('quantity', value)} error={form.errors.quantity} w={110} />
            <Button type="submit" mt={25} variant="light" loading={form.submitting} leftSection={<Icon name="plus" size={16} />}>
              {t('projects.parts.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
