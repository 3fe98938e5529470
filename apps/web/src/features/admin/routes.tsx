import type { RouteObject } from 'react-router-dom';

/** Admin pages (approvals, outbox); rendered inside RequireAuth. */
export const adminRoutes: RouteObject[] = [];
