import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityMultiPicker, EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { isoToLocalInput, localInputToIso } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useAssetPicker } from '../../assets/use-asset-picker';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useSitePicker } from '../../sites/use-site-picker';
import { useUserPicker } from '../../users/use-user-picker';
import { useCreateScheduleEntry } from '../api/create-schedule-entry';
import { useUpdateScheduleEntry } from '../api/update-schedule-entry';
import { RECURRENCES, SCHEDULE_KINDS } from '../types';
import type { Recurrence, ScheduleEntry, ScheduleKind } from '../types';

interface Values extends Record<string, unknown> {
  customerId: string | null;
  siteId: string | null;
  title: string;
  kind: ScheduleKind;
  startsAt: string;
  endsAt: string;
  recurrence: Recurrence | null;
  notes: string;
  assetIds: string[];
  assigneeIds: string[];
}

function ScheduleForm({ entry, customerId, onSaved, onCancel }: { entry?: ScheduleEntry; customerId?: string; onSaved: (e: ScheduleEntry) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    customerId: entry?.customerId ?? customerId ?? null,
    siteId: entry?.siteId ?? null,
    title: entry?.title ?? '',
    kind: entry?.kind ?? 'visit',
    startsAt: isoToLocalInput(entry?.startsAt),
    endsAt: isoToLocalInput(entry?.endsAt),
    recurrence: entry?.recurrence ?? null,
    notes: entry?.notes ?? '',
    assetIds: entry?.assetIds ?? [],
    assigneeIds: entry?.assigneeIds ?? [],
  });
  const create = useCreateScheduleEntry();
  const update = useUpdateScheduleEntry();
  const cid = form.values.customerId ?? undefined;
  const customers = useCustomerPicker();
  const sites = useSitePicker({ customerId: cid });
  const assets = useAssetPicker({ customerId: cid, siteId: form.values.siteId ?? undefined });
  const staff = useUserPicker({ assignable: true });

  async function submit(values: Values) {
    const fields = {
      siteId: values.siteId,
      title: values.title.trim(),
      kind: values.kind,
      startsAt: localInputToIso(values.startsAt) ?? '',
      endsAt: localInputToIso(values.endsAt),
      recurrence: values.recurrence,
      notes: emptyToNull(values.notes),
      assetIds: values.assetIds,
      assigneeIds: values.assigneeIds,
    };
    const saved = entry ? await update.mutateAsync({ id: entry.id, patch: fields }) : await create.mutateAsync({ ...fields, customerId: values.customerId ?? '' });
    notifySuccess(entry ? t('schedule.saved') : t('schedule.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={entry ? t('schedule.edit') : t('schedule.new')}>
      <EntityPicker
        label={t('common.customer')}
        required
        source={customers}
        value={form.values.customerId}
        onChange={(id) => {
          form.setValue('customerId', id);
          form.setValue('siteId', null);
          form.setValue('assetIds', []);
        }}
        error={form.errors.customerId}
        disabled={Boolean(entry || customerId)}
        clearable={false}
      />
      <EntityPicker label={t('common.site')} source={sites} value={form.values.siteId} onChange={(id) => form.setValue('siteId', id)} error={form.errors.siteId} disabled={!cid} />
      <TextInput label={t('schedule.fields.title')} required {...form.text('title')} data-autofocus />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('schedule.fields.kind')}
          data={SCHEDULE_KINDS.map((kind) => ({ value: kind, label: t(`enums.scheduleKind.${kind}`) }))}
          value={form.values.kind}
          onChange={(value) => value && form.setValue('kind', value as ScheduleKind)}
          allowDeselect={false}
          error={form.errors.kind}
        />
        <Select
          label={t('schedule.fields.recurrence')}
          placeholder={t('schedule.once')}
          data={RECURRENCES.map((recurrence) => ({ value: recurrence, label: t(`enums.recurrence.${recurrence}`) }))}
          value={form.values.recurrence}
          onChange={(value) => form.setValue('recurrence', value as Recurrence | null)}
          clearable
          error={form.errors.recurrence}
        />
        <TextInput label={t('schedule.fields.startsAt')} type="datetime-local" required {...form.text('startsAt')} />
        <TextInput label={t('schedule.fields.endsAt')} type="datetime-local" {...form.text('endsAt')} />
      </SimpleGrid>
      <EntityMultiPicker label={t('schedule.fields.assignees')} source={staff} value={form.values.assigneeIds} onChange={(ids) => form.setValue('assigneeIds', ids)} error={form.errors.assigneeIds} />
      <EntityMultiPicker label={t('schedule.fields.assets')} source={assets} value={form.values.assetIds} onChange={(ids) => form.setValue('assetIds', ids)} error={form.errors.assetIds} disabled={!cid} />
      <Textarea label={t('schedule.fields.notes')} autosize minRows={2} maxRows={6} {...form.text('notes')} />
    </ApiFormLayout>
  );
}

export function ScheduleFormDrawer({ opened, onClose, entry, customerId, onSaved }: { opened: boolean; onClose: () => void; entry?: ScheduleEntry; customerId?: string; onSaved?: (e: ScheduleEntry) => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={entry ? t('schedule.edit') : t('schedule.new')}>
      <ScheduleForm
        entry={entry}
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
