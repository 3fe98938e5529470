import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/lazy-page';

/** The owner's requests to coaches per organisation; rendered inside RequireAuth, loaded on first visit. */
export const referralsRoutes: RouteObject[] = [
  { path: 'organisaties/:id/aanvragen', element: lazyPage(() => import('./components/owner-referrals-page'), 'OwnerReferralsPage') },
];
