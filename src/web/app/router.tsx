import { createBrowserRouter } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session';
import { ApiTokensPage } from '../features/api-tokens/api-tokens-page';
import { AccountPasswordPage } from '../features/auth/pages/account-password-page';
import { AccountSecurityPage } from '../features/auth/pages/account-security-page';
import { NotificationSettingsPage } from '../features/notifications/notification-settings-page';
import { LoginPage } from '../features/auth/pages/login-page';
import { ShellForUser } from '../layouts/shell-for-user';
import { portalRoutes } from '../portal/portal-routes';
import { staffRoutes } from '../staff/staff-routes';
import { AssetLabelRedirect } from './asset-label-redirect';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';

// /activate and /reset-password (links in e-mails) join here when invitations and resets are built.
export const router = createBrowserRouter([
  { path: '/', element: <HomeRedirect /> },
  { path: '/login', element: <LoginPage /> },
  // The link a printed QR label carries: signed in, it opens the asset; signed out, the sign-in page first.
  { path: '/a/:id', element: <RequireSession />, children: [{ index: true, element: <AssetLabelRedirect /> }] },
  staffRoutes,
  portalRoutes,
  {
    path: '/account',
    element: <RequireSession />,
    children: [
      {
        element: <ShellForUser />,
        children: [
          { path: 'password', element: <AccountPasswordPage /> },
          { path: 'security', element: <AccountSecurityPage /> },
          { path: 'notifications', element: <NotificationSettingsPage /> },
          // Integrations are a staff matter; portal users are sent home.
          { element: <RequireSession kind="staff" />, children: [{ path: 'api-tokens', element: <ApiTokensPage /> }] },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
