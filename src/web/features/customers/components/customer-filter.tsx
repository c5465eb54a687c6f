import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import type { ListState } from '../../../lib/use-list-state';
import { useCustomerPicker } from '../use-customer-picker';

/** A back-office list's customer filter: "All customers" or one, kept in the list's state (and URL) as customerId. */
export function CustomerFilter({ list, width }: { list: Pick<ListState<'customerId'>, 'filters' | 'setFilter'>; width: number }) {
  const { t } = useTranslation();
  const customers = useCustomerPicker();
  return (
    <EntityPicker
      aria-label={t('common.filterCustomer')}
      placeholder={t('common.allCustomers')}
      source={customers}
      value={list.filters.customerId ?? null}
      onChange={(id) => list.setFilter('customerId', id)}
      w={{ base: '100%', sm: width }}
    />
  );
}
