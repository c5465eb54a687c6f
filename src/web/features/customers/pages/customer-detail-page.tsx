import { Badge, Button, Group, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { RelatedList } from '../../../components/related-list';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { useAssets } from '../../assets/api/list-assets';
import { useAssetColumns } from '../../assets/components/asset-columns';
import { AssetFormDrawer } from '../../assets/components/asset-form';
import { useContacts } from '../../contacts/api/list-contacts';
import { useContactColumns } from '../../contacts/components/contact-columns';
import { ContactFormDrawer } from '../../contacts/components/contact-form';
import { FilesPanel } from '../../files/components/files-panel';
import { InvitePortalUsersButton } from '../../portal-access/components/invite-portal-users-button';
import { useSites } from '../../sites/api/list-sites';
import { useSiteColumns } from '../../sites/components/site-columns';
import { SiteFormDrawer } from '../../sites/components/site-form';
import { useTickets } from '../../tickets/api/list-tickets';
import { useTicketColumns } from '../../tickets/components/ticket-columns';
import { useWorkOrders } from '../../work-orders/api/list-work-orders';
import { useWorkOrderColumns } from '../../work-orders/components/work-order-columns';
import { useArchiveCustomer } from '../api/archive-customer';
import { useCustomer } from '../api/get-customer';
import { useCustomers } from '../api/list-customers';
import { useCustomerColumns } from '../components/customer-columns';
import { CustomerFormDrawer } from '../components/customer-form';
import { CustomerLink } from '../components/customer-link';
import type { Customer } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/customers/:id: the account, its sub-accounts, sites, contacts, assets, work orders, tickets and files. */
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
  const canWork = useStaffCan('manage_records');
  const archive = useArchiveCustomer();
  const [editOpened, edit] = useDisclosure(false);
  const [siteOpened, siteForm] = useDisclosure(false);
  const [contactOpened, contactForm] = useDisclosure(false);
  const [assetOpened, assetForm] = useDisclosure(false);
  const [subOpened, subForm] = useDisclosure(false);
  const parent = useCustomer(customer.parentId);
  const subAccounts = useCustomers({ parentId: customer.id, limit: 1 });
  const isConsolidated = (subAccounts.data?.items.length ?? 0) > 0;

  const siteColumns = useSiteColumns({ withCustomer: false });
  const contactColumns = useContactColumns({ withCustomer: false });
  const assetColumns = useAssetColumns({ withCustomer: false });
  const workOrderColumns = useWorkOrderColumns({ withCustomer: false });
  const ticketColumns = useTicketColumns({ withCustomer: false });
  const customerColumns = useCustomerColumns({ withParent: false });

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

      <Tabs defaultValue="sites" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sites" leftSection={<Icon name="mapPin" size={16} />}>
            {t('staff.nav.sites')}
          </Tabs.Tab>
          <Tabs.Tab value="contacts" leftSection={<Icon name="addressBook" size={16} />}>
            {t('staff.nav.contacts')}
          </Tabs.Tab>
          <Tabs.Tab value="assets" leftSection={<Icon name="box" size={16} />}>
            {t('staff.nav.assets')}
          </Tabs.Tab>
          <Tabs.Tab value="subAccounts" leftSection={<Icon name="building" size={16} />}>
            {t('customers.subAccounts')}
          </Tabs.Tab>
          <Tabs.Tab value="workOrders" leftSection={<Icon name="clipboardCheck" size={16} />}>
            {t('staff.nav.workOrders')}
          </Tabs.Tab>
          <Tabs.Tab value="tickets" leftSection={<Icon name="ticket" size={16} />}>
            {t('staff.nav.tickets')}
          </Tabs.Tab>
          <Tabs.Tab value="files" leftSection={<Icon name="paperclip" size={16} />}>
            {t('files.title')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="sites" pt="md">
          <RelatedList
            label={t('customers.sitesOf', { name: customer.name })}
            fixedParams={{ customerId: customer.id }}
            useList={useSites}
            columns={siteColumns}
            rowHref={(site) => `/staff/sites/${site.id}`}
            searchLabel={t('sites.search')}
            empty={{ icon: 'mapPin', title: t('sites.emptyTitle'), message: t('customers.sitesEmpty') }}
            actions={
              canManage && (
                <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={siteForm.open}>
                  {t('sites.new')}
                </Button>
              )
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <RelatedList
            label={t('customers.contactsOf', { name: customer.name })}
            fixedParams={{ customerId: customer.id }}
            useList={useContacts}
            columns={contactColumns}
            rowHref={(contact) => `/staff/contacts/${contact.id}`}
            searchLabel={t('contacts.search')}
            empty={{ icon: 'addressBook', title: t('contacts.emptyTitle'), message: t('customers.contactsEmpty') }}
            actions={
              canManage && (
                <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={contactForm.open}>
                  {t('contacts.new')}
                </Button>
              )
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="assets" pt="md">
          <RelatedList
            label={t('customers.assetsOf', { name: customer.name })}
            fixedParams={{ customerId: customer.id, topLevel: true }}
            useList={useAssets}
            columns={assetColumns}
            rowHref={(asset) => `/staff/assets/${asset.id}`}
            empty={{ icon: 'box', title: t('assets.emptyTitle'), message: t('customers.assetsEmpty') }}
            actions={
              canWork && (
                <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={assetForm.open}>
                  {t('assets.new')}
                </Button>
              )
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="subAccounts" pt="md">
          <RelatedList
            label={t('customers.subAccountsOf', { name: customer.name })}
            fixedParams={{ parentId: customer.id }}
            useList={useCustomers}
            columns={customerColumns}
            rowHref={(sub) => `/staff/customers/${sub.id}`}
            empty={{ icon: 'building', title: t('customers.subAccountsEmptyTitle'), message: t('customers.subAccountsEmpty') }}
            actions={
              canManage && (
                <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={subForm.open}>
                  {t('customers.newSubAccount')}
                </Button>
              )
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="workOrders" pt="md">
          <RelatedList
            label={t('customers.workOrdersOf', { name: customer.name })}
            fixedParams={{ customerId: customer.id }}
            useList={useWorkOrders}
            columns={workOrderColumns}
            rowHref={(workOrder) => `/staff/work-orders/${workOrder.id}`}
            searchLabel={t('workOrders.search')}
            empty={{ icon: 'clipboardCheck', title: t('workOrders.emptyTitle'), message: t('customers.workOrdersEmpty') }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="tickets" pt="md">
          <RelatedList
            label={t('customers.ticketsOf', { name: customer.name })}
            fixedParams={{ customerId: customer.id }}
            useList={useTickets}
            columns={ticketColumns}
            rowHref={(ticket) => `/staff/tickets/${ticket.id}`}
            searchLabel={t('tickets.search')}
            empty={{ icon: 'ticket', title: t('tickets.emptyTitle'), message: t('customers.ticketsEmpty') }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="md">
          <FilesPanel resourceType="customer" resourceId={customer.id} canEdit={canWork} />
        </Tabs.Panel>
      </Tabs>

      <CustomerFormDrawer opened={editOpened} onClose={edit.close} customer={customer} />
      <CustomerFormDrawer opened={subOpened} onClose={subForm.close} parentId={customer.id} onSaved={(sub) => void navigate(`/staff/customers/${sub.id}`)} />
      <SiteFormDrawer opened={siteOpened} onClose={siteForm.close} customerId={customer.id} />
      <ContactFormDrawer opened={contactOpened} onClose={contactForm.close} customerId={customer.id} />
      <AssetFormDrawer opened={assetOpened} onClose={assetForm.close} customerId={customer.id} />
    </Stack>
  );
}
