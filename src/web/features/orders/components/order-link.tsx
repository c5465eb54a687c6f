import { RecordLink } from '../../../components/record-link';
import { useOrder } from '../api/get-order';
import type { Order } from '../types';

export const orderLabel = (o: Order) => `${o.number} · ${o.title}`;

/** A order by id: its name, linked to its page. */
export function OrderLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useOrder(id)}
      label={orderLabel}
      to={(id) => `/staff/orders/${id}`}
    />
  );
}
