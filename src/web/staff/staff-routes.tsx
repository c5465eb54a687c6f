import type { RouteObject } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session';
import { StaffAreaPage } from './staff-area-page';
import { STAFF_AREAS } from './staff-areas';
import { StaffLayout } from './staff-layout';
import { StaffOverviewPage } from './staff-overview-page';

/** /staff/**: the back office, for staff users only. */
export const staffRoutes: RouteObject = {
  path: '/staff',
  element: <RequireSession kind="staff" />,
  children: [
    {
      element: <StaffLayout />,
      children: [
        { index: true, element: <StaffOverviewPage /> },
        ...STAFF_AREAS.map((area) => ({ path: area.path, element: <StaffAreaPage area={area} /> })),
      ],
    },
  ],
};
