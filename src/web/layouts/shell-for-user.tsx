import { useSignedInUser } from '../features/auth/use-signed-in-user';
import { PortalLayout } from '../portal/portal-layout';
import { StaffLayout } from '../staff/staff-layout';

/** For pages both kinds of user have (e.g. /account/password): each sees them in their own frame. */
export function ShellForUser() {
  const me = useSignedInUser();
  return me.kind === 'staff' ? <StaffLayout /> : <PortalLayout />;
}
