import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/lazy-page';

const inbox = lazyPage(() => import('./components/coach-inbox-page'), 'CoachInboxPage');

/** The coach's inbox (also at the address the API's mails link to); rendered inside RequireAuth,
 * loaded on first visit. */
export const coachRoutes: RouteObject[] = [
  { path: 'coach', element: inbox },
  { path: 'coach/aanvragen', element: inbox },
];
