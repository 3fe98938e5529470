import type { RouteObject } from 'react-router-dom';
import { HelpPage } from './components/help-page';

/** "Hulp vinden" per organisation; rendered inside RequireAuth. */
export const matchingRoutes: RouteObject[] = [{ path: 'organisaties/:id/hulp', element: <HelpPage /> }];
