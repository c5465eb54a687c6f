import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { WorkOrder } from '../lib/types';
import { ListRow, MetaLine } from './portal-list';
import { StatusBadge } from './status-badge';

/** A work order in a list: number, kind and when, with its status. */
export function WorkOrderRow({ workOrder }: { workOrder: WorkOrder }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const when = workOrder.completedAt
    ? t('workOrders.completedOn', { date: format.date(workOrder.completedAt) })
    : workOrder.plannedStart
      ? t('workOrders.plannedOn', { date: format.dateTime(workOrder.plannedStart) })
      : null;
  return (
    <ListRow
      to={`/portal/work-orders/${workOrder.id}`}
      icon="clipboardCheck"
      title={workOrder.title}
      meta={<MetaLine parts={[workOrder.number, t(`enums.workOrderKind.${workOrder.kind}`, { defaultValue: workOrder.kind }), when]} />}
      aside={<StatusBadge group="workOrderStatus" value={workOrder.status} />}
    />
  );
}
