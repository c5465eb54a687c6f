import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useSitePicker } from '../../sites/use-site-picker';
import { useCreateProject } from '../api/create-project';
import { useUpdateProject } from '../api/update-project';
import { PROJECT_KINDS, PROJECT_STATUSES } from '../types';
import type { Project, ProjectKind, ProjectStatus } from '../types';

interface Values extends Record<string, unknown> {
  customerId: string | null;
  siteId: string | null;
  name: string;
  description: string;
  kind: ProjectKind;
  status: ProjectStatus;
  startDate: string;
  dueDate: string;
  internalNotes: string;
}

function ProjectForm({ project, customerId, onSaved, onCancel }: { project?: Project; customerId?: string; onSaved: (p: Project) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    customerId: project?.customerId ?? customerId ?? null,
    siteId: project?.siteId ?? null,
    name: project?.name ?? '',
    description: project?.description ?? '',
    kind: project?.kind ?? 'installation',
    status: project?.status ?? 'planned',
    startDate: project?.startDate ?? '',
    dueDate: project?.dueDate ?? '',
    internalNotes: project?.internalNotes ?? '',
  });
  const create = useCreateProject();
  const update = useUpdateProject();
  const customers = useCustomerPicker();
  const sites = useSitePicker({ customerId: form.values.customerId ?? undefined });

  async function submit(values: Values) {
    const fields = {
      siteId: values.siteId,
      name: values.name.trim(),
      description: emptyToNull(values.description),
      kind: values.kind,
      status: values.status,
      startDate: emptyToNull(values.startDate),
      dueDate: emptyToNull(values.dueDate),
      internalNotes: emptyToNull(values.internalNotes),
    };
    const saved = project ? await update.mutateAsync({ id: project.id, patch: fields }) : await create.mutateAsync({ ...fields, customerId: values.customerId ?? '' });
    notifySuccess(project ? t('projects.saved') : t('projects.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={project ? t('projects.edit') : t('projects.new')}>
      <EntityPicker
        label={t('common.customer')}
        required
        source={customers}
        value={form.values.customerId}
        onChange={(id) => {
          form.setValue('customerId', id);
          form.setValue('siteId', null);
        }}
        error={form.errors.customerId}
        disabled={Boolean(project || customerId)}
        clearable={false}
      />
      <EntityPicker label={t('common.site')} source={sites} value={form.values.siteId} onChange={(id) => form.setValue('siteId', id)} error={form.errors.siteId} disabled={!form.values.customerId} />
      <TextInput label={t('projects.fields.name')} required {...form.text('name')} data-autofocus />
      <Textarea label={t('projects.fields.description')} autosize minRows={3} maxRows={8} {...form.text('description')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('projects.fields.kind')}
          data={PROJECT_KINDS.map((kind) => ({ value: kind, label: t(`enums.projectKind.${kind}`) }))}
          value={form.values.kind}
          onChange={(value) => value && form.setValue('kind', value as ProjectKind)}
          allowDeselect={false}
          error={form.errors.kind}
        />
        <Select
          label={t('common.status')}
          data={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`enums.projectStatus.${status}`) }))}
          value={form.values.status}
          onChange={(value) => value && form.setValue('status', value as ProjectStatus)}
          allowDeselect={false}
          error={form.errors.status}
        />
        <TextInput label={t('projects.fields.startDate')} type="date" {...form.text('startDate')} />
        <TextInput label={t('projects.fields.dueDate')} type="date" {...form.text('dueDate')} />
      </SimpleGrid>
      <Textarea label={t('projects.fields.internalNotes')} description={t('common.internalHint')} autosize minRows={2} maxRows={6} {...form.text('internalNotes')} />
    </ApiFormLayout>
  );
}

export function ProjectFormDrawer({ opened, onClose, project, customerId, onSaved }: { opened: boolean; onClose: () => void; project?: Project; customerId?: string; onSaved?: (p: Project) => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={project ? t('projects.edit') : t('projects.new')}>
      <ProjectForm
        project={project}
        customerId={customerId}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </FormDrawer>
  );
}
