import { RecordLink } from '../../../components/record-link';
import { useCustomer } from '../api/get-customer';
import type { Customer } from '../types';

export const customerLabel = (c: Customer) => c.name;

/** A customer by id: its name, linked to its page. */
export function CustomerLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useCustomer(id)}
      label={customerLabel}
      to={(id) => `/staff/customers/${id}`}
    />
  );
}
