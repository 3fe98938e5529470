import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/lazy-page';

/** The action plan board per organisation; rendered inside RequireAuth, loaded on first visit. */
export const planRoutes: RouteObject[] = [
  { path: 'organisaties/:id/plan', element: lazyPage(() => import('./components/plan-page'), 'PlanPage') },
];
