import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../lib/notify';
import { useUpdateWorkOrder } from '../api/update-work-order';
import { WORK_ORDER_TRANSITIONS } from '../types';
import type { WorkOrder, WorkOrderStatus } from '../types';

/** Moves a work order along its workflow: only the statuses the server allows from the current one are offered. */
export function WorkOrderStatusSelect({ workOrder, disabled }: { workOrder: WorkOrder; disabled?: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateWorkOrder();
  const options = [workOrder.status, ...WORK_ORDER_TRANSITIONS[workOrder.status]];
  return (
    <>
      <Select
        label={t('workOrders.changeStatus')}
        data={options.map((status) => ({ value: status, label: t(`enums.workOrderStatus.${status}`) }))}
        value={workOrder.status}
        onChange={(value) => {
          if (!value || value === workOrder.status) return;
          update.mutate(
            { id: workOrder.id, patch: { status: value as WorkOrderStatus } },
            { onSuccess: (saved) => notifySuccess(t('workOrders.statusChanged', { status: t(`enums.workOrderStatus.${saved.status}`) })) },
          );
        }}
        disabled={disabled || update.isPending}
        allowDeselect={false}
        w={200}
      />
      <ErrorAlert title={t('workOrders.statusFailed')} error={update.error} />
    </>
  );
}
