import { Badge, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { InvitePortalUsersButton } from '../../portal-access/components/invite-portal-users-button';
import { useArchiveCustomer } from '../api/archive-customer';
import { useCustomer } from '../api/get-customer';
import { useCustomers } from '../api/list-customers';
import { CustomerFormDrawer } from '../components/customer-form';
import { CustomerLink } from '../components/customer-link';
import { CustomerTabs } from '../components/customer-tabs';
import type { Customer } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/customers/:id: the account and, one tab each, its sites, contacts, assets, sub-accounts, projects, orders, work orders, tickets, portal users and files. */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  return <QueryState query={customer}>{(data) => <CustomerDetail customer={data} />}</QueryState>;
}

function CustomerDetail({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canManage = useStaffCan('manage_customers');
  const archive = useArchiveCustomer();
  const [editOpened, edit] = useDisclosure(false);
  const parent = useCustomer(customer.parentId);
  const subAccounts = useCustomers({ parentId: customer.id, limit: 1 });
  const isConsolidated = (subAccounts.data?.items.length ?? 0) > 0;

  const breadcrumbs = [{ label: t('staff.nav.customers'), to: '/staff/customers' }];
  if (customer.parentId && parent.data) breadcrumbs.push({ label: parent.data.name, to: `/staff/customers/${customer.parentId}` });

  return (
    <Stack gap="lg">
      <PageHeader
        title={customer.name}
        breadcrumbs={breadcrumbs}
        badges={
          <Group gap={6}>
            <Badge variant="default" radius="sm" ff="monospace">
              {customer.number}
            </Badge>
            {isConsolidated && (
              <Badge variant="light" color="indigo" radius="sm">
                {t('customers.consolidated')}
              </Badge>
            )}
            <ArchivedBadge archivedAt={customer.archivedAt} />
          </Group>
        }
        actions={
          canManage && (
            <>
              {!customer.archivedAt && <InvitePortalUsersButton customerId={customer.id} />}
              <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                {t('app.edit')}
              </Button>
              {!customer.archivedAt && (
                <ConfirmArchiveButton
                  name={customer.name}
                  message={t('customers.archiveMessage')}
                  onConfirm={() => archive.mutateAsync(customer.id)}
                  onArchived={() => void navigate('/staff/customers')}
                />
              )}
            </>
          )
        }
      />
      <FieldGrid>
        <Field label={t('customers.fields.number')}>{customer.number}</Field>
        <Field label={t('customers.fields.parent')}>{customer.parentId ? <CustomerLink id={customer.parentId} /> : null}</Field>
        <Field label={t('customers.fields.email')}>{customer.email}</Field>
        <Field label={t('customers.fields.phone')}>{customer.phone}</Field>
        <Field label={t('common.updatedAt')}>{format.dateTime(customer.updatedAt)}</Field>
        <Field label={t('common.createdAt')}>{format.dateTime(customer.createdAt)}</Field>
        <Field label={t('customers.fields.portalAreas')} span>
          {customer.portalAreas.length > 0 ? (
            <Group gap={6}>
              {customer.portalAreas.map((area) => (
                <Badge key={area} variant="light" radius="sm" style={{ textTransform: 'none' }}>
                  {t(`enums.portalArea.${area}`)}
                </Badge>
              ))}
            </Group>
          ) : (
            t('customers.noPortalAreas')
          )}
        </Field>
        {customer.internalNotes !== undefined && (
          <Field label={t('customers.fields.internalNotes')} span>
            {customer.internalNotes}
          </Field>
        )}
      </FieldGrid>

      <CustomerTabs customer={customer} />

      <CustomerFormDrawer opened={editOpened} onClose={edit.close} customer={customer} />
    </Stack>
  );
}
