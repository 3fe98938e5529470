import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/lazy-page';

/** "Hulp vinden" per organisation; rendered inside RequireAuth, loaded on first visit. */
export const matchingRoutes: RouteObject[] = [
  { path: 'organisaties/:id/hulp', element: lazyPage(() => import('./components/help-page'), 'HelpPage') },
];
