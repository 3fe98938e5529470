import type { RouteObject } from 'react-router-dom';
import { OwnerReferralsPage } from './components/owner-referrals-page';

/** The owner's requests to coaches per organisation; rendered inside RequireAuth. */
export const referralsRoutes: RouteObject[] = [{ path: 'organisaties/:id/aanvragen', element: <OwnerReferralsPage /> }];
