import { Button, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Icon } from '../../../components/icons';
import type { IconName } from '../../../components/icons';
import { RelatedList } from '../../../components/related-list';
import { useStaffCan } from '../../../lib/permissions';
import { useAssets } from '../../assets/api/list-assets';
import { useAssetColumns } from '../../assets/components/asset-columns';
import { AssetFormDrawer } from '../../assets/components/asset-form';
import { useAssetTree } from '../../assets/use-asset-tree';
import { useContacts } from '../../contacts/api/list-contacts';
import { useContactColumns } from '../../contacts/components/contact-columns';
import { ContactFormDrawer } from '../../contacts/components/contact-form';
import { FilesPanel } from '../../files/components/files-panel';
import { useOrders } from '../../orders/api/list-orders';
import { useOrderColumns } from '../../orders/components/order-columns';
import { OrderFormDrawer } from '../../orders/components/order-form';
import { InvitePortalUsersButton } from '../../portal-access/components/invite-portal-users-button';
import { useProjects } from '../../projects/api/list-projects';
import { useProjectColumns } from '../../projects/components/project-columns';
import { ProjectFormDrawer } from '../../projects/components/project-form';
import { useSites } from '../../sites/api/list-sites';
import { useSiteColumns } from '../../sites/components/site-columns';
import { SiteFormDrawer } from '../../sites/components/site-form';
import { useTickets } from '../../tickets/api/list-tickets';
import { useTicketColumns } from '../../tickets/components/ticket-columns';
import { useUsers } from '../../users/api/list-users';
import { useUserColumns } from '../../users/components/user-columns';
import { useWorkOrders } from '../../work-orders/api/list-work-orders';
import { useWorkOrderColumns } from '../../work-orders/components/work-order-columns';
import { useCustomers } from '../api/list-customers';
import { useCustomerColumns } from './customer-columns';
import { CustomerFormDrawer } from './customer-form';
import type { Customer } from '../types';

const TABS: { value: string; icon: IconName; label: string; staffOnly?: 'manage_customers' }[] = [
  { value: 'sites', icon: 'mapPin', label: 'staff.nav.sites' },
  { value: 'contacts', icon: 'addressBook', label: 'staff.nav.contacts' },
  { value: 'assets', icon: 'box', label: 'staff.nav.assets' },
  { value: 'subAccounts', icon: 'building', label: 'customers.subAccounts' },
  { value: 'projects', icon: 'layoutKanban', label: 'staff.nav.projects' },
  { value: 'orders', icon: 'receipt', label: 'staff.nav.orders' },
  { value: 'workOrders', icon: 'clipboardCheck', label: 'staff.nav.workOrders' },
  { value: 'tickets', icon: 'ticket', label: 'staff.nav.tickets' },
  // The users area is for admins and coordinators; a technician would only meet pages that answer 403.
  { value: 'portalUsers', icon: 'users', label: 'customers.portalUsers', staffOnly: 'manage_customers' },
  { value: 'files', icon: 'paperclip', label: 'files.title' },
];

function NewButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={onClick}>
      {label}
    </Button>
  );
}

/**
 * The customer's records, one tab each. The open tab is kept in `?tab=`, so coming back from a record
 * (or sharing the address) shows the same list again.
 */
export function CustomerTabs({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const canManage = useStaffCan('manage_customers');
  const canWork = useStaffCan('manage_records');
  const [siteOpened, siteForm] = useDisclosure(false);
  const [contactOpened, contactForm] = useDisclosure(false);
  const [assetOpened, assetForm] = useDisclosure(false);
  const [subOpened, subForm] = useDisclosure(false);
  const [projectOpened, projectForm] = useDisclosure(false);
  const [orderOpened, orderForm] = useDisclosure(false);

  const tabs = TABS.filter((tab) => !tab.staffOnly || canManage);
  const requested = searchParams.get('tab');
  const active = tabs.some((tab) => tab.value === requested) ? requested! : 'sites';
  const select = (value: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (!value || value === 'sites') next.delete('tab');
        else next.set('tab', value);
        return next;
      },
      { replace: true },
    );

  const ofCustomer = { customerId: customer.id };
  const name = { name: customer.name };
  const siteColumns = useSiteColumns({ withCustomer: false });
  const contactColumns = useContactColumns({ withCustomer: false });
  const assetColumns = useAssetColumns({ withCustomer: false });
  const projectColumns = useProjectColumns({ withCustomer: false });
  const orderColumns = useOrderColumns({ withCustomer: false });
  const workOrderColumns = useWorkOrderColumns({ withCustomer: false });
  const ticketColumns = useTicketColumns({ withCustomer: false });
  const userColumns = useUserColumns({ portalUsersOfOneCustomer: true });
  const assetTree = useAssetTree();
  const customerColumns = useCustomerColumns({ withParent: false });

  return (
    <>
      <Tabs value={active} onChange={select} keepMounted={false}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value} leftSection={<Icon name={tab.icon} size={16} />}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>

        <Tabs.Panel value="sites" pt="md">
          <RelatedList
            label={t('customers.sitesOf', name)}
            fixedParams={ofCustomer}
            useList={useSites}
            columns={siteColumns}
            rowHref={(site) => `/staff/sites/${site.id}`}
            searchLabel={t('sites.search')}
            empty={{ icon: 'mapPin', title: t('sites.emptyTitle'), message: t('customers.sitesEmpty') }}
            actions={canManage && <NewButton label={t('sites.new')} onClick={siteForm.open} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <RelatedList
            label={t('customers.contactsOf', name)}
            fixedParams={ofCustomer}
            useList={useContacts}
            columns={contactColumns}
            rowHref={(contact) => `/staff/contacts/${contact.id}`}
            searchLabel={t('contacts.search')}
            empty={{ icon: 'addressBook', title: t('contacts.emptyTitle'), message: t('customers.contactsEmpty') }}
            actions={canManage && <NewButton label={t('contacts.new')} onClick={contactForm.open} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="assets" pt="md">
          <RelatedList
            label={t('customers.assetsOf', name)}
            fixedParams={{ ...ofCustomer, topLevel: true, childCounts: true }}
            useList={useAssets}
            columns={assetColumns}
            tree={assetTree}
            rowHref={(asset) => `/staff/assets/${asset.id}`}
            empty={{ icon: 'box', title: t('assets.emptyTitle'), message: t('customers.assetsEmpty') }}
            actions={canWork && <NewButton label={t('assets.new')} onClick={assetForm.open} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="subAccounts" pt="md">
          <RelatedList
            label={t('customers.subAccountsOf', name)}
            fixedParams={{ parentId: customer.id }}
            useList={useCustomers}
            columns={customerColumns}
            rowHref={(sub) => `/staff/customers/${sub.id}`}
            empty={{ icon: 'building', title: t('customers.subAccountsEmptyTitle'), message: t('customers.subAccountsEmpty') }}
            actions={canManage && <NewButton label={t('customers.newSubAccount')} onClick={subForm.open} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="projects" pt="md">
          <RelatedList
            label={t('customers.projectsOf', name)}
            fixedParams={ofCustomer}
            useList={useProjects}
            columns={projectColumns}
            rowHref={(project) => `/staff/projects/${project.id}`}
            searchLabel={t('projects.search')}
            empty={{ icon: 'layoutKanban', title: t('projects.emptyTitle'), message: t('customers.projectsEmpty') }}
            actions={canWork && <NewButton label={t('projects.new')} onClick={projectForm.open} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="orders" pt="md">
          <RelatedList
            label={t('customers.ordersOf', name)}
            fixedParams={ofCustomer}
            useList={useOrders}
            columns={orderColumns}
            rowHref={(order) => `/staff/orders/${order.id}`}
            searchLabel={t('orders.search')}
            empty={{ icon: 'receipt', title: t('orders.emptyTitle'), message: t('customers.ordersEmpty') }}
            actions={canWork && <NewButton label={t('orders.new')} onClick={orderForm.open} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="workOrders" pt="md">
          <RelatedList
            label={t('customers.workOrdersOf', name)}
            fixedParams={ofCustomer}
            useList={useWorkOrders}
            columns={workOrderColumns}
            rowHref={(workOrder) => `/staff/work-orders/${workOrder.id}`}
            searchLabel={t('workOrders.search')}
            empty={{ icon: 'clipboardCheck', title: t('workOrders.emptyTitle'), message: t('customers.workOrdersEmpty') }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="tickets" pt="md">
          <RelatedList
            label={t('customers.ticketsOf', name)}
            fixedParams={ofCustomer}
            useList={useTickets}
            columns={ticketColumns}
            rowHref={(ticket) => `/staff/tickets/${ticket.id}`}
            searchLabel={t('tickets.search')}
            empty={{ icon: 'ticket', title: t('tickets.emptyTitle'), message: t('customers.ticketsEmpty') }}
          />
        </Tabs.Panel>
        {canManage && (
          <Tabs.Panel value="portalUsers" pt="md">
            <RelatedList
              label={t('customers.portalUsersOf', name)}
              fixedParams={{ ...ofCustomer, kind: 'external' }}
              useList={useUsers}
              columns={userColumns}
              rowHref={(user) => `/staff/users/${user.id}`}
              searchLabel={t('users.search')}
              empty={{ icon: 'users', title: t('customers.portalUsersEmptyTitle'), message: t('customers.portalUsersEmpty') }}
              actions={!customer.archivedAt && <InvitePortalUsersButton customerId={customer.id} variant="light" />}
            />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="files" pt="md">
          <FilesPanel resourceType="customer" resourceId={customer.id} canEdit={canWork} />
        </Tabs.Panel>
      </Tabs>

      <CustomerFormDrawer opened={subOpened} onClose={subForm.close} parentId={customer.id} onSaved={(sub) => void navigate(`/staff/customers/${sub.id}`)} />
      <SiteFormDrawer opened={siteOpened} onClose={siteForm.close} customerId={customer.id} />
      <ContactFormDrawer opened={contactOpened} onClose={contactForm.close} customerId={customer.id} />
      <AssetFormDrawer opened={assetOpened} onClose={assetForm.close} customerId={customer.id} />
      <ProjectFormDrawer opened={projectOpened} onClose={projectForm.close} customerId={customer.id} onSaved={(project) => void navigate(`/staff/projects/${project.id}`)} />
      <OrderFormDrawer opened={orderOpened} onClose={orderForm.close} customerId={customer.id} onSaved={(order) => void navigate(`/staff/orders/${order.id}`)} />
    </>
  );
}
