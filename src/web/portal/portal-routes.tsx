import type { RouteObject } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session';
import { PortalDashboardPage } from './portal-dashboard-page';
import { PortalLayout } from './portal-layout';

/** /portal/**: the customer portal, for external users only. */
export const portalRoutes: RouteObject = {
  path: '/portal',
  element: <RequireSession kind="external" />,
  children: [{ element: <PortalLayout />, children: [{ index: true, element: <PortalDashboardPage /> }] }],
};
