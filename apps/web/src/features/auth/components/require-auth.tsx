import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useT } from '../../../i18n';
import { signInPath } from '../../../lib/next-path';
import { Alert, Loading, PageTitle } from '../../../ui';
import { useMe } from '../hooks/use-me';

/** Route guard: signed-out visitors go to the sign-in page and come back here afterwards. */
export function RequireAuth() {
  const t = useT();
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <Loading />;
  if (me.isError) {
    return (
      <>
        <PageTitle>{t('errors.unknown')}</PageTitle>
        <Alert tone="error">
          <p>{t('errors.loadFailed')}</p>
        </Alert>
      </>
    );
  }
  if (!me.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}
