import { Outlet } from 'react-router-dom';
import { useSignedInMe } from '../../auth/hooks/use-me';
import { AdminOnlyNotice } from './admin-only';

/** Route guard inside RequireAuth: only admins get the admin pages. The API checks it as well;
 * this only spares others a page of errors. */
export function RequireAdmin() {
  const me = useSignedInMe();
  if (!me.isAdmin) return <AdminOnlyNotice />;
  return <Outlet />;
}
