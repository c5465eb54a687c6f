import { Navigate, useParams } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader';
import { useMe } from '../features/auth/api/get-me';

/**
 * /a/:id, the link in an asset's QR label: the asset's page in the signed-in user's own UI. Signed-out
 * visitors reach it through the sign-in page (RequireSession remembers the link); an asset the user
 * cannot see answers with the same "not found" as one that does not exist.
 */
export function AssetLabelRedirect() {
  const { id = '' } = useParams();
  const me = useMe();
  if (me.isPending || !me.data) return <FullPageLoader />;
  const base = me.data.kind === 'staff' ? '/staff/assets' : '/portal/assets';
  return <Navigate to={`${base}/${encodeURIComponent(id)}`} replace />;
}
