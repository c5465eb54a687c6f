import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/resource-table';
import type { Customer } from '../types';
import { CustomerLink } from './customer-link';

/** Columns of customer tables (the list page and a consolidated account's sub-accounts). */
export function useCustomerColumns({ withParent = true }: { withParent?: boolean } = {}): Column<Customer>[] {
  const { t } = useTranslation();
  const columns: Column<Customer>[] = [
    {
      key: 'name',
      header: t('customers.fields.name'),
      render: (customer) => (
        <Group gap={6} wrap="nowrap" component="span">
          {customer.name}
          {customer.archivedAt && (
            <Badge size="xs" color="gray" variant="outline">
              {t('common.archived')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'number', header: t('customers.fields.number'), render: (customer) => <Text size="sm" ff="monospace">{customer.number}</Text>, nowrap: true },
  ];
  if (withParent) {
    columns.push({ key: 'parent', header: t('customers.fields.parent'), render: (customer) => <CustomerLink id={customer.parentId} />, visibleFrom: 'md' });
  }
  columns.push(
    { key: 'email', header: t('customers.fields.email'), render: (customer) => customer.email ?? '—', visibleFrom: 'sm' },
    { key: 'phone', header: t('customers.fields.phone'), render: (customer) => customer.phone ?? '—', visibleFrom: 'lg' },
  );
  return columns;
}
