import { RecordLink } from '../../../components/record-link';
import { useWorkOrder } from '../api/get-work-order';
import type { WorkOrder } from '../types';

export const workOrderLabel = (w: WorkOrder) => `${w.number} · ${w.title}`;

/** A work order by id: its name, linked to its page. */
export function WorkOrderLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useWorkOrder(id)}
      label={workOrderLabel}
      to={(id) => `/staff/work-orders/${id}`}
    />
  );
}
