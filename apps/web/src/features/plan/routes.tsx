import type { RouteObject } from 'react-router-dom';
import { PlanPage } from './components/plan-page';

/** The action plan board per organisation; rendered inside RequireAuth. */
export const planRoutes: RouteObject[] = [{ path: 'organisaties/:id/plan', element: <PlanPage /> }];
