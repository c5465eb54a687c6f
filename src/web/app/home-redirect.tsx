import { Navigate } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader';
import { useMe } from '../features/auth/api/get-me';
import { homePathFor } from '../features/auth/home-path';

/** "/": the signed-in user's home, or the sign-in page. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <FullPageLoader />;
  return <Navigate to={me.data ? homePathFor(me.data) : '/login'} replace />;
}
