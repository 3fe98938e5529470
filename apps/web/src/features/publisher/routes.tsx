import type { RouteObject } from 'react-router-dom';

/** Publisher portal pages; rendered inside RequireAuth. */
export const publisherRoutes: RouteObject[] = [];
