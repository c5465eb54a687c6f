import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/resource-table';
import { CustomerLink } from '../../customers/components/customer-link';
import type { Contact } from '../types';

export function useContactColumns({ withCustomer = true }: { withCustomer?: boolean } = {}): Column<Contact>[] {
  const { t } = useTranslation();
  const columns: Column<Contact>[] = [{ key: 'name', header: t('contacts.fields.name'), render: (contact) => contact.name }];
  if (withCustomer) columns.push({ key: 'customer', header: t('common.customer'), render: (contact) => <CustomerLink id={contact.customerId} /> });
  columns.push(
    { key: 'jobTitle', header: t('contacts.fields.jobTitle'), render: (contact) => contact.jobTitle ?? '—', visibleFrom: 'md' },
    {
      key: 'email',
      header: t('contacts.fields.email'),
      render: (contact) =>
        contact.email ? (
          <Anchor href={`mailto:${contact.email}`} size="sm">
            {contact.email}
          </Anchor>
        ) : (
          '—'
        ),
      visibleFrom: 'sm',
    },
    { key: 'phone', header: t('contacts.fields.phone'), render: (contact) => contact.phone ?? '—', visibleFrom: 'lg' },
  );
  return columns;
}
