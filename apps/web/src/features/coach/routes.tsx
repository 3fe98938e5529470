import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/lazy-page';

/** The coach's inbox; rendered inside RequireAuth, loaded on first visit. */
export const coachRoutes: RouteObject[] = [{ path: 'coach', element: lazyPage(() => import('./components/coach-inbox-page'), 'CoachInboxPage') }];
