import { Divider, Group, Stack, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { NameTranslationFields, translationsOf, translationValues, type TranslationValues } from '../../../components/name-translation-fields';
import { EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout } from '../../../components/form-drawer';
import { useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useStaffGroupPicker } from '../../staff-groups/use-staff-group-picker';
import { useUserPicker } from '../../users/use-user-picker';
import { useArchiveTicketType } from '../api/archive-ticket-type';
import { useCreateTicketType } from '../api/create-ticket-type';
import { useUpdateTicketType } from '../api/update-ticket-type';
import type { TicketType } from '../types';
import { DurationInput } from './duration-input';
import { TicketTypeRoutes } from './ticket-type-routes';

interface TypeValues extends TranslationValues, Record<string, unknown> {
  name: string;
  key: string;
  customerId: string | null;
  defaultResponsibleUserId: string | null;
  defaultResponsibleGroupId: string | null;
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

/** "1 h 30 min"; a dash for no target. */
export function formatDuration(minutes: number | null, t: TFunction): string {
  if (minutes === null) return '–';
  const parts = [];
  if (minutes >= 60) parts.push(`${Math.floor(minutes / 60)} ${t('ticketTypes.hoursShort')}`);
  if (minutes % 60) parts.push(`${minutes % 60} ${t('ticketTypes.minutesShort')}`);
  return parts.join(' ');
}

/** Create or edit a ticket type: name, key, who it is offered to, who new tickets go to, and its service-level targets. */
export function TicketTypeForm({ type, onDone }: { type?: TicketType | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<TypeValues>(
    {
      name: type?.name ?? '',
      ...translationValues(type),
      key: type?.key ?? '',
      customerId: type?.customerId ?? null,
      defaultResponsibleUserId: type?.defaultResponsibleUserId ?? null,
      defaultResponsibleGroupId: type?.defaultResponsibleGroupId ?? null,
      firstResponseMinutes: type?.firstResponseMinutes ?? null,
      resolutionMinutes: type?.resolutionMinutes ?? null,
    },
    { conflictField: 'key' },
  );
  const create = useCreateTicketType();
  const update = useUpdateTicketType();
  const archive = useArchiveTicketType();
  const customers = useCustomerPicker();
  const staff = useUserPicker({ assignable: true });
  const groups = useStaffGroupPicker();

  async function submit(values: TypeValues) {
    // Zero is no target: a ticket cannot be answered before it is raised.
    const targets = {
      firstResponseMinutes: values.firstResponseMinutes || null,
      resolutionMinutes: values.resolutionMinutes || null,
      defaultResponsibleUserId: values.defaultResponsibleUserId,
      defaultResponsibleGroupId: values.defaultResponsibleGroupId,
    };
    const names = { name: values.name.trim(), nameTranslations: translationsOf(values) };
    if (type) await update.mutateAsync({ id: type.id, patch: { ...names, key: values.key.trim(), ...targets } });
    else await create.mutateAsync({ ...names, key: values.key.trim(), customerId: values.customerId, ...targets });
    notifySuccess(t('ticketTypes.saved'));
    onDone();
  }

  return (
    <Stack gap="lg">
      <ApiFormLayout form={form} onSubmit={submit} onCancel={onDone} label={type ? t('ticketTypes.editType') : t('ticketTypes.newType')}>
        <TextInput label={t('ticketTypes.fields.name')} required {...form.text('name')} data-autofocus />
        <NameTranslationFields form={form} />
        <TextInput label={t('ticketTypes.fields.key')} description={t('ticketTypes.keyHint')} required {...form.text('key')} />
        <EntityPicker
          label={t('ticketTypes.fields.offeredTo')}
          description={t('ticketTypes.customerHint')}
          placeholder={t('ticketTypes.allCustomers')}
          source={customers}
          value={form.values.customerId}
          onChange={(id) => form.setValue('customerId', id)}
          error={form.errors.customerId}
          disabled={Boolean(type)}
        />
        <EntityPicker
          label={t('ticketTypes.fields.defaultResponsibleUser')}
          description={t('ticketTypes.defaultResponsibleHint')}
          source={staff}
          value={form.values.defaultResponsibleUserId}
          onChange={(id) => form.setValue('defaultResponsibleUserId', id)}
          error={form.errors.defaultResponsibleUserId}
        />
        <EntityPicker
          label={t('ticketTypes.fields.defaultResponsibleGroup')}
          source={groups}
          value={form.values.defaultResponsibleGroupId}
          onChange={(id) => form.setValue('defaultResponsibleGroupId', id)}
          error={form.errors.defaultResponsibleGroupId}
        />
        <Title order={3} fz="h5" mt="xs">
          {t('ticketTypes.slaTitle')}
        </Title>
        <DurationInput
          label={t('ticketTypes.fields.firstResponse')}
          description={t('ticketTypes.slaHint')}
          value={form.values.firstResponseMinutes}
          onChange={(minutes) => form.setValue('firstResponseMinutes', minutes)}
          error={form.errors.firstResponseMinutes}
        />
        <DurationInput
          label={t('ticketTypes.fields.resolution')}
          value={form.values.resolutionMinutes}
          onChange={(minutes) => form.setValue('resolutionMinutes', minutes)}
          error={form.errors.resolutionMinutes}
        />
      </ApiFormLayout>
      {type && (
        <>
          <Divider />
          <TicketTypeRoutes type={type} />
        </>
      )}
      {type && !type.archivedAt && (
        <>
          <Divider />
          <Group>
            <ConfirmArchiveButton name={type.name} onConfirm={() => archive.mutateAsync(type.id)} onArchived={onDone} />
          </Group>
        </>
      )}
    </Stack>
  );
}
