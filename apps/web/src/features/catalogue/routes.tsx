import type { RouteObject } from 'react-router-dom';

/** Public catalogue pages (search, item detail). */
export const catalogueRoutes: RouteObject[] = [];
