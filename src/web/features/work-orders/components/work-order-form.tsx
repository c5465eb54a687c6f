import { NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
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
import { useCreateWorkOrder } from '../api/create-work-order';
import { useUpdateWorkOrder } from '../api/update-work-order';
import { PRIORITIES, WORK_ORDER_KINDS } from '../types';
import type { Priority, WorkOrder, WorkOrderKind } from '../types';

interface Values extends Record<string, unknown> {
  customerId: string | null;
  siteId: string | null;
  assetId: string | null;
  title: string;
  description: string;
  kind: WorkOrderKind;
  priority: Priority;
  plannedStart: string;
  plannedEnd: string;
  /** Euros as typed; the API takes integer cents. */
  internalCost: number | string;
  assigneeIds: string[];
}

export interface WorkOrderDefaults {
  customerId?: string;
  siteId?: string | null;
  assetId?: string;
}

function WorkOrderForm({ workOrder, defaults, onSaved, onCancel }: { workOrder?: WorkOrder; defaults: WorkOrderDefaults; onSaved: (wo: WorkOrder) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    customerId: workOrder?.customerId ?? defaults.customerId ?? null,
    siteId: workOrder?.siteId ?? defaults.siteId ?? null,
    assetId: workOrder?.assetId ?? defaults.assetId ?? null,
    title: workOrder?.title ?? '',
    description: workOrder?.description ?? '',
    kind: workOrder?.kind ?? 'maintenance',
    priority: workOrder?.priority ?? 'normal',
    plannedStart: isoToLocalInput(workOrder?.plannedStart),
    plannedEnd: isoToLocalInput(workOrder?.plannedEnd),
    internalCost: workOrder?.internalCost == null ? '' : workOrder.internalCost / 100,
    assigneeIds: workOrder?.assigneeIds ?? [],
  });
  const create = useCreateWorkOrder();
  const update = useUpdateWorkOrder();
  const customerId = form.values.customerId ?? undefined;
  const customers = useCustomerPicker();
  const sites = useSitePicker({ customerId });
  const assets = useAssetPicker({ customerId, siteId: form.values.siteId ?? undefined });
  const staff = useUserPicker({ assignable: true });

  async function submit(values: Values) {
    const fields = {
      siteId: values.siteId,
      assetId: values.assetId,
      title: values.title.trim(),
      description: emptyToNull(values.description),
      kind: values.kind,
      priority: values.priority,
      plannedStart: localInputToIso(values.plannedStart),
      plannedEnd: localInputToIso(values.plannedEnd),
      internalCost: values.internalCost === '' ? null : Math.round(Number(values.internalCost) * 100),
      assigneeIds: values.assigneeIds,
    };
    const saved = workOrder
      ? await update.mutateAsync({ id: workOrder.id, patch: fields })
      : await create.mutateAsync({ ...fields, customerId: values.customerId ?? undefined });
    notifySuccess(workOrder ? t('workOrders.saved') : t('workOrders.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={workOrder ? t('workOrders.edit') : t('workOrders.new')}>
      <EntityPicker
        label={t('common.customer')}
        description={workOrder ? undefined : t('workOrders.customerHint')}
        source={customers}
        value={form.values.customerId}
        onChange={(id) => {
          form.setValue('customerId', id);
          form.setValue('siteId', null);
          form.setValue('assetId', null);
        }}
        error={form.errors.customerId}
        disabled={Boolean(workOrder || defaults.customerId)}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <EntityPicker label={t('common.site')} source={sites} value={form.values.siteId} onChange={(id) => form.setValue('siteId', id)} error={form.errors.siteId} disabled={!customerId} />
        <EntityPicker
          label={t('common.asset')}
          source={assets}
          value={form.values.assetId}
          onChange={(id, asset) => {
            form.setValue('assetId', id);
            if (asset && !form.values.siteId) form.setValue('siteId', asset.siteId);
          }}
          error={form.errors.assetId}
          disabled={!customerId}
        />
      </SimpleGrid>
      <TextInput label={t('workOrders.fields.title')} required {...form.text('title')} data-autofocus />
      <Textarea label={t('workOrders.fields.description')} autosize minRows={3} maxRows={10} {...form.text('description')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('workOrders.fields.kind')}
          data={WORK_ORDER_KINDS.map((kind) => ({ value: kind, label: t(`enums.workOrderKind.${kind}`) }))}
          value={form.values.kind}
          onChange={(value) => value && form.setValue('kind', value as WorkOrderKind)}
          error={form.errors.kind}
          allowDeselect={false}
        />
        <Select
          label={t('common.priority')}
          data={PRIORITIES.map((priority) => ({ value: priority, label: t(`enums.priority.${priority}`) }))}
          value={form.values.priority}
          onChange={(value) => value && form.setValue('priority', value as Priority)}
          error={form.errors.priority}
          allowDeselect={false}
        />
        <TextInput label={t('workOrders.fields.plannedStart')} type="datetime-local" {...form.text('plannedStart')} />
        <TextInput label={t('workOrders.fields.plannedEnd')} type="datetime-local" {...form.text('plannedEnd')} />
      </SimpleGrid>
      <EntityMultiPicker
        label={t('workOrders.fields.assignees')}
        description={t('workOrders.assigneesHint')}
        source={staff}
        value={form.values.assigneeIds}
        onChange={(ids) => form.setValue('assigneeIds', ids)}
        error={form.errors.assigneeIds}
      />
      <NumberInput
        label={t('workOrders.fields.internalCost')}
        description={t('common.internalHint')}
        min={0}
        decimalScale={2}
        fixedDecimalScale
        prefix="€ "
        value={form.values.internalCost}
        onChange={(value) => form.setValue('internalCost', value)}
        error={form.errors.internalCost}
      />
    </ApiFormLayout>
  );
}

export function WorkOrderFormDrawer({
  opened,
  onClose,
  workOrder,
  defaults = {},
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  workOrder?: WorkOrder;
  defaults?: WorkOrderDefaults;
  onSaved?: (workOrder: WorkOrder) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={workOrder ? t('workOrders.edit') : t('workOrders.new')}>
      <WorkOrderForm
        workOrder={workOrder}
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
