import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useSitePicker } from '../../sites/use-site-picker';
import { useCreateOrder } from '../api/create-order';
import { useUpdateOrder } from '../api/update-order';
import { ORDER_STATUSES } from '../types';
import type { Order, OrderStatus } from '../types';

interface Values extends Record<string, unknown> {
  customerId: string | null;
  siteId: string | null;
  title: string;
  status: OrderStatus;
  deadline: string;
  internalNotes: string;
}

function OrderForm({ order, customerId, onSaved, onCancel }: { order?: Order; customerId?: string; onSaved: (o: Order) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    customerId: order?.customerId ?? customerId ?? null,
    siteId: order?.siteId ?? null,
    title: order?.title ?? '',
    status: order?.status ?? 'received',
    deadline: order?.deadline ?? '',
    internalNotes: order?.internalNotes ?? '',
  });
  const create = useCreateOrder();
  const update = useUpdateOrder();
  const customers = useCustomerPicker();
  const sites = useSitePicker({ customerId: form.values.customerId ?? undefined });

  async function submit(values: Values) {
    const fields = { siteId: values.siteId, title: values.title.trim(), status: values.status, deadline: emptyToNull(values.deadline), internalNotes: emptyToNull(values.internalNotes) };
    const saved = order ? await update.mutateAsync({ id: order.id, patch: fields }) : await create.mutateAsync({ ...fields, customerId: values.customerId ?? '' });
    notifySuccess(order ? t('orders.saved') : t('orders.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={order ? t('orders.edit') : t('orders.new')}>
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
        disabled={Boolean(order || customerId)}
        clearable={false}
      />
      <EntityPicker label={t('common.site')} source={sites} value={form.values.siteId} onChange={(id) => form.setValue('siteId', id)} error={form.errors.siteId} disabled={!form.values.customerId} />
      <TextInput label={t('orders.fields.title')} required {...form.text('title')} data-autofocus />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('common.status')}
          data={ORDER_STATUSES.map((status) => ({ value: status, label: t(`enums.orderStatus.${status}`) }))}
          value={form.values.status}
          onChange={(value) => value && form.setValue('status', value as OrderStatus)}
          allowDeselect={false}
          error={form.errors.status}
        />
        <TextInput label={t('orders.fields.deadline')} type="date" {...form.text('deadline')} />
      </SimpleGrid>
      <Textarea label={t('orders.fields.internalNotes')} description={t('common.internalHint')} autosize minRows={2} maxRows={6} {...form.text('internalNotes')} />
    </ApiFormLayout>
  );
}

export function OrderFormDrawer({ opened, onClose, order, customerId, onSaved }: { opened: boolean; onClose: () => void; order?: Order; customerId?: string; onSaved?: (o: Order) => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={order ? t('orders.edit') : t('orders.new')}>
      <OrderForm
        order={order}
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
