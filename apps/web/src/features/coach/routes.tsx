import type { RouteObject } from 'react-router-dom';
import { CoachInboxPage } from './components/coach-inbox-page';

/** The coach's inbox; rendered inside RequireAuth. */
export const coachRoutes: RouteObject[] = [{ path: 'coach', element: <CoachInboxPage /> }];
