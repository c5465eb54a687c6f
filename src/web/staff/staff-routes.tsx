import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session';
import { AssetDetailPage } from '../features/assets/pages/asset-detail-page';
import { AssetsListPage } from '../features/assets/pages/assets-list-page';
import { AuditLogPage } from '../features/audit/pages/audit-log-page';
import { ContactDetailPage } from '../features/contacts/pages/contact-detail-page';
import { ContactsListPage } from '../features/contacts/pages/contacts-list-page';
import { CustomerDetailPage } from '../features/customers/pages/customer-detail-page';
import { CustomersListPage } from '../features/customers/pages/customers-list-page';
import { DocumentDetailPage } from '../features/documents/pages/document-detail-page';
import { DocumentsListPage } from '../features/documents/pages/documents-list-page';
import { FileTypesPage } from '../features/file-types/pages/file-types-page';
import { FlagsPage } from '../features/flags/pages/flags-page';
import { MailLogPage } from '../features/portal-access/pages/mail-log-page';
import { OrderDetailPage } from '../features/orders/pages/order-detail-page';
import { OrdersListPage } from '../features/orders/pages/orders-list-page';
import { ProjectDetailPage } from '../features/projects/pages/project-detail-page';
import { ProjectsListPage } from '../features/projects/pages/projects-list-page';
import { ScheduleEntryDetailPage } from '../features/schedule/pages/schedule-entry-detail-page';
import { ScheduleListPage } from '../features/schedule/pages/schedule-list-page';
import { SiteDetailPage } from '../features/sites/pages/site-detail-page';
import { SitesListPage } from '../features/sites/pages/sites-list-page';
import { TicketTypesPage } from '../features/ticket-types/pages/ticket-types-page';
import { TicketDetailPage } from '../features/tickets/pages/ticket-detail-page';
import { TicketsListPage } from '../features/tickets/pages/tickets-list-page';
import { UserDetailPage } from '../features/users/pages/user-detail-page';
import { UsersListPage } from '../features/users/pages/users-list-page';
import { WorkOrderDetailPage } from '../features/work-orders/pages/work-order-detail-page';
import { WebhooksPage } from '../features/webhooks/pages/webhooks-page';
import { WorkOrdersListPage } from '../features/work-orders/pages/work-orders-list-page';
import './i18n';
import { STAFF_AREAS } from './staff-areas';
import type { StaffArea } from './staff-areas';
import { StaffLayout } from './staff-layout';
import { StaffOverviewPage } from './staff-overview-page';

/** Each area's list page and, where records have one, its detail page at `<path>/:id`. */
const AREA_PAGES: Record<StaffArea['key'], { list: ReactNode; detail?: ReactNode }> = {
  customers: { list: <CustomersListPage />, detail: <CustomerDetailPage /> },
  sites: { list: <SitesListPage />, detail: <SiteDetailPage /> },
  contacts: { list: <ContactsListPage />, detail: <ContactDetailPage /> },
  assets: { list: <AssetsListPage />, detail: <AssetDetailPage /> },
  workOrders: { list: <WorkOrdersListPage />, detail: <WorkOrderDetailPage /> },
  projects: { list: <ProjectsListPage />, detail: <ProjectDetailPage /> },
  orders: { list: <OrdersListPage />, detail: <OrderDetailPage /> },
  tickets: { list: <TicketsListPage />, detail: <TicketDetailPage /> },
  schedule: { list: <ScheduleListPage />, detail: <ScheduleEntryDetailPage /> },
  documents: { list: <DocumentsListPage />, detail: <DocumentDetailPage /> },
  users: { list: <UsersListPage />, detail: <UserDetailPage /> },
  ticketTypes: { list: <TicketTypesPage /> },
  fileTypes: { list: <FileTypesPage /> },
  flags: { list: <FlagsPage /> },
  auditLog: { list: <AuditLogPage /> },
  mailLog: { list: <MailLogPage /> },
  webhooks: { list: <WebhooksPage /> },
};

/** /staff/**: the back office, for staff users only. */
export const staffRoutes: RouteObject = {
  path: '/staff',
  element: <RequireSession kind="staff" />,
  children: [
    {
      element: <StaffLayout />,
      children: [
        { index: true, element: <StaffOverviewPage /> },
        ...STAFF_AREAS.flatMap((area) => {
          const pages = AREA_PAGES[area.key];
          const routes: RouteObject[] = [{ path: area.path, element: pages.list }];
          // key: a new record id remounts the page, so no state (tabs, paging) leaks between records.
          if (pages.detail) routes.push({ path: `${area.path}/:id`, element: pages.detail });
          return routes;
        }),
      ],
    },
  ],
};
