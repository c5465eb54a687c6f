import { localizedName } from '../../../lib/localized-name';
import { Rating, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useAssetPicker } from '../../assets/use-asset-picker';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useSitePicker } from '../../sites/use-site-picker';
import { useStaffGroupPicker } from '../../staff-groups/use-staff-group-picker';
import { useTicketStatuses } from '../../ticket-types/api/list-ticket-statuses';
import { useTicketTypes } from '../../ticket-types/api/list-ticket-types';
import { useUserPicker } from '../../users/use-user-picker';
import { PRIORITIES } from '../../work-orders/types';
import type { Priority } from '../../work-orders/types';
import { useCreateTicket } from '../api/create-ticket';
import { useUpdateTicket } from '../api/update-ticket';
import type { Ticket } from '../types';

interface Values extends Record<string, unknown> {
  customerId: string | null;
  siteId: string | null;
  assetId: string | null;
  typeId: string | null;
  statusId: string | null;
  title: string;
  description: string;
  priority: Priority;
  responsibleUserId: string | null;
  responsibleGroupId: string | null;
  rating: number | null;
}

export interface TicketDefaults {
  customerId?: string;
  siteId?: string | null;
  assetId?: string;
}

function TicketForm({ ticket, defaults, onSaved, onCancel }: { ticket?: Ticket; defaults: TicketDefaults; onSaved: (ticket: Ticket) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    customerId: ticket?.customerId ?? defaults.customerId ?? null,
    siteId: ticket?.siteId ?? defaults.siteId ?? null,
    assetId: ticket?.assetId ?? defaults.assetId ?? null,
    typeId: ticket?.typeId ?? null,
    statusId: ticket?.statusId ?? null,
    title: ticket?.title ?? '',
    description: ticket?.description ?? '',
    priority: ticket?.priority ?? 'normal',
    responsibleUserId: ticket?.responsibleUserId ?? null,
    responsibleGroupId: ticket?.responsibleGroupId ?? null,
    rating: ticket?.rating ?? null,
  });
  const create = useCreateTicket();
  const update = useUpdateTicket();
  const customerId = form.values.customerId ?? undefined;
  const customers = useCustomerPicker();
  const sites = useSitePicker({ customerId });
  const assets = useAssetPicker({ customerId, siteId: form.values.siteId ?? undefined });
  const staff = useUserPicker({ assignable: true });
  const groups = useStaffGroupPicker();
  // The types this customer is offered: the shared ones and its own.
  const types = useTicketTypes({ customerId, limit: 200 }, Boolean(customerId));
  const statuses = useTicketStatuses({ limit: 200, sort: 'position' });
  const typeKey = types.data?.items.find((type) => type.id === form.values.typeId)?.key;

  async function submit(values: Values) {
    const fields = {
      siteId: values.siteId,
      assetId: values.assetId,
      title: values.title.trim(),
      description: emptyToNull(values.description),
      priority: values.priority,
      responsibleUserId: values.responsibleUserId,
      responsibleGroupId: values.responsibleGroupId,
      ...(typeKey === 'feedback' ? { rating: values.rating } : {}),
    };
    let saved: Ticket;
    if (ticket) {
      saved = await update.mutateAsync({
        id: ticket.id,
        patch: { ...fields, ...(values.typeId ? { typeId: values.typeId } : {}), ...(values.statusId ? { statusId: values.statusId } : {}) },
      });
    } else {
      saved = await create.mutateAsync({ ...fields, customerId: values.customerId ?? undefined, typeId: values.typeId ?? '' });
    }
    notifySuccess(ticket ? t('tickets.saved') : t('tickets.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={ticket ? t('tickets.edit') : t('tickets.new')}>
      <EntityPicker
        label={t('common.customer')}
        required
        source={customers}
        value={form.values.customerId}
        onChange={(id) => {
          form.setValue('customerId', id);
          form.setValue('siteId', null);
          form.setValue('assetId', null);
          form.setValue('typeId', null);
        }}
        error={form.errors.customerId}
        disabled={Boolean(ticket || defaults.customerId)}
        clearable={false}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('tickets.fields.type')}
          required
          placeholder={customerId ? undefined : t('tickets.chooseCustomerFirst')}
          data={(types.data?.items ?? []).map((type) => ({ value: type.id, label: localizedName(type) }))}
          value={form.values.typeId}
          onChange={(value) => form.setValue('typeId', value)}
          error={form.errors.typeId}
          disabled={!customerId}
        />
        <Select
          label={t('common.priority')}
          data={PRIORITIES.map((priority) => ({ value: priority, label: t(`enums.priority.${priority}`) }))}
          value={form.values.priority}
          onChange={(value) => value && form.setValue('priority', value as Priority)}
          allowDeselect={false}
          error={form.errors.priority}
        />
      </SimpleGrid>
      <TextInput label={t('tickets.fields.title')} required {...form.text('title')} data-autofocus />
      <Textarea label={t('tickets.fields.description')} autosize minRows={3} maxRows={10} {...form.text('description')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <EntityPicker label={t('common.site')} source={sites} value={form.values.siteId} onChange={(id) => form.setValue('siteId', id)} error={form.errors.siteId} disabled={!customerId} />
        <EntityPicker
          label={t('common.asset')}
          source={assets}
          value={form.values.assetId}
          onChange={(id) => form.setValue('assetId', id)}
          error={form.errors.assetId}
          disabled={!customerId}
        />
        <EntityPicker
          label={t('tickets.fields.responsibleUser')}
          source={staff}
          value={form.values.responsibleUserId}
          onChange={(id) => form.setValue('responsibleUserId', id)}
          error={form.errors.responsibleUserId}
        />
        <EntityPicker
          label={t('tickets.fields.responsibleGroup')}
          source={groups}
          value={form.values.responsibleGroupId}
          onChange={(id) => form.setValue('responsibleGroupId', id)}
          error={form.errors.responsibleGroupId}
        />
      </SimpleGrid>
      {ticket && (
        <Select
          label={t('common.status')}
          data={(statuses.data?.items ?? []).map((status) => ({ value: status.id, label: localizedName(status) }))}
          value={form.values.statusId}
          onChange={(value) => form.setValue('statusId', value)}
          error={form.errors.statusId}
          allowDeselect={false}
        />
      )}
      {typeKey === 'feedback' && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('tickets.fields.rating')}
          </Text>
          <Rating value={form.values.rating ?? 0} onChange={(value) => form.setValue('rating', value || null)} />
          {form.errors.rating && (
            <Text size="xs" c="red">
              {form.errors.rating}
            </Text>
          )}
        </Stack>
      )}
    </ApiFormLayout>
  );
}

export function TicketFormDrawer({ opened, onClose, ticket, defaults = {}, onSaved }: { opened: boolean; onClose: () => void; ticket?: Ticket; defaults?: TicketDefaults; onSaved?: (ticket: Ticket) => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={ticket ? t('tickets.edit') : t('tickets.new')}>
      <TicketForm
        ticket={ticket}
        defaults={defaults}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </FormDrawer>
  );
}
