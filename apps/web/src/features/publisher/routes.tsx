import type { RouteObject } from 'react-router-dom';
import { EditItemPage } from './components/edit-item-page';
import { ImportPage } from './components/import-page';
import { InvitationPage } from './components/invitation-page';
import { NewItemPage } from './components/new-item-page';
import { PublisherPage } from './components/publisher-page';
import { PublishersPage } from './components/publishers-page';

/** Publisher portal pages; rendered inside RequireAuth. */
export const publisherRoutes: RouteObject[] = [
  { path: 'uitgever', element: <PublishersPage /> },
  { path: 'uitgever/:publisherId', element: <PublisherPage /> },
  { path: 'uitgever/:publisherId/items/nieuw', element: <NewItemPage /> },
  { path: 'uitgever/items/:itemId/bewerken', element: <EditItemPage /> },
  { path: 'uitgever/:publisherId/import', element: <ImportPage /> },
];

/** Public: the link in an invitation mail works before signing in. */
export const publicPublisherRoutes: RouteObject[] = [{ path: 'uitnodiging/:token', element: <InvitationPage /> }];
