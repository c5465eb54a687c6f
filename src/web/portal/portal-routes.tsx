import type { RouteObject } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session';
import { PortalLayout } from './portal-layout';
import { AssetDetailPage } from './pages/asset-detail-page';
import { AssetHistoryPage } from './pages/asset-history-page';
import { AssetsPage } from './pages/assets-page';
import { ColleaguesPage } from './pages/colleagues-page';
import { PortalDashboardPage } from './pages/dashboard-page';
import { FilesPage } from './pages/files-page';
import { OrderDetailPage } from './pages/order-detail-page';
import { OrdersPage } from './pages/orders-page';
import { ProfilePage } from './pages/profile-page';
import { ProjectDetailPage } from './pages/project-detail-page';
import { ProjectDevicesPage } from './pages/project-devices-page';
import { ProjectsPage } from './pages/projects-page';
import { SchedulePage } from './pages/schedule-page';
import { TicketDetailPage } from './pages/ticket-detail-page';
import { TicketNewPage } from './pages/ticket-new-page';
import { TicketsPage } from './pages/tickets-page';
import { WorkOrderDetailPage } from './pages/work-order-detail-page';
import { WorkOrdersPage } from './pages/work-orders-page';
import { RequirePortalArea } from './require-portal-area';
import { ASSET_AREAS } from './lib/portal-nav';
import { ActivatePage } from './public/activate-page';
import { ForgotPasswordPage } from './public/forgot-password-page';
import { ResetPasswordPage } from './public/reset-password-page';
import { VerifyPage } from './public/verify-page';

/**
 * The customer portal (/portal/**, external users only) and the public pages its e-mails link to
 * (/activate, /reset-password) plus /forgot-password, which work signed out. A pathless parent keeps
 * them all in this one route object.
 */
export const portalRoutes: RouteObject = {
  children: [
    { path: '/activate', element: <ActivatePage /> },
    { path: '/reset-password', element: <ResetPasswordPage /> },
    { path: '/forgot-password', element: <ForgotPasswordPage /> },
    // The link printed on service reports and certificates.
    { path: '/verify', element: <VerifyPage /> },
    { path: '/verify/:code', element: <VerifyPage /> },
    {
      path: '/portal',
      element: <RequireSession kind="external" />,
      children: [
        {
          element: <PortalLayout />,
          children: [
            { index: true, element: <PortalDashboardPage /> },
            { path: 'profile', element: <ProfilePage /> },
            { path: 'colleagues', element: <ColleaguesPage /> },
            {
              // Live-site devices are assets too: a customer with only the devices area reaches them here.
              element: <RequirePortalArea area={ASSET_AREAS} />,
              children: [
                { path: 'assets', element: <AssetsPage /> },
                { path: 'assets/:id', element: <AssetDetailPage /> },
                { path: 'assets/:id/history', element: <AssetHistoryPage /> },
              ],
            },
            {
              element: <RequirePortalArea area="work_orders" />,
              children: [
                { path: 'work-orders', element: <WorkOrdersPage /> },
                { path: 'work-orders/:id', element: <WorkOrderDetailPage /> },
              ],
            },
            {
              element: <RequirePortalArea area="projects" />,
              children: [
                { path: 'projects', element: <ProjectsPage /> },
                { path: 'projects/:id', element: <ProjectDetailPage /> },
                { path: 'projects/:id/devices', element: <ProjectDevicesPage /> },
              ],
            },
            {
              element: <RequirePortalArea area="orders" />,
              children: [
                { path: 'orders', element: <OrdersPage /> },
                { path: 'orders/:id', element: <OrderDetailPage /> },
              ],
            },
            {
              element: <RequirePortalArea area="tickets" />,
              children: [
                { path: 'tickets', element: <TicketsPage /> },
                { path: 'tickets/new', element: <TicketNewPage /> },
                { path: 'tickets/:id', element: <TicketDetailPage /> },
              ],
            },
            { element: <RequirePortalArea area="schedule" />, children: [{ path: 'schedule', element: <SchedulePage /> }] },
            { element: <RequirePortalArea area="files" />, children: [{ path: 'files', element: <FilesPage /> }] },
          ],
        },
      ],
    },
  ],
};
