import type { RouteObject } from 'react-router-dom';
import { ItemPage } from './components/item-page';
import { SearchPage } from './components/search-page';

/** Public catalogue pages (search, item detail). */
export const catalogueRoutes: RouteObject[] = [
  { path: 'catalogus', element: <SearchPage /> },
  { path: 'catalogus/:id', element: <ItemPage /> },
];
