import { CustomerFilter } from '../../customers/components/customer-filter';
import { Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useContacts } from '../api/list-contacts';
import { useContactColumns } from '../components/contact-columns';
import { ContactFormDrawer } from '../components/contact-form';

/** /staff/contacts: people at the customers. */
export function ContactsListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useStaffCan('manage_customers');
  const list = useUrlListState(['customerId'] as const);
  const contacts = useContacts(list.params);
  const columns = useContactColumns();
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.contacts')}
        subtitle={t('contacts.intro')}
        actions={canManage && <NewRecordButton label={t('contacts.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.contacts')}
        query={contacts}
        columns={columns}
        list={list}
        searchLabel={t('contacts.search')}
        filters={
          <CustomerFilter list={list} width={260} />
        }
        rowHref={(contact) => `/staff/contacts/${contact.id}`}
        empty={{ icon: 'addressBook', title: t('contacts.emptyTitle'), message: t('contacts.emptyMessage') }}
      />
      <ContactFormDrawer opened={formOpened} onClose={form.close} customerId={list.filters.customerId} onSaved={(contact) => void navigate(`/staff/contacts/${contact.id}`)} />
    </Stack>
  );
}
