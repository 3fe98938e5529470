import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../app/lazy-page';

const insights = lazyPage(() => import('./components/insights-page'), 'InsightsPage');

/** The publisher's insights; rendered inside RequireAuth, loaded on first visit. */
export const insightsRoutes: RouteObject[] = [{ path: 'uitgever/:publisherId/inzichten', element: insights }];
