import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/lazy-page';

/** The owner's requests to coaches per organisation; rendered inside RequireAuth, loaded on first visit. */
const page = lazyPage(() => import('./components/owner-referrals-page'), 'OwnerReferralsPage');

/** The mails link to one request (`…/aanvragen/:referralId`): the same page, which lists them all. */
export const referralsRoutes: RouteObject[] = [
  { path: 'organisaties/:id/aanvragen', element: page },
  { path: 'organisaties/:id/aanvragen/:referralId', element: page },
];
