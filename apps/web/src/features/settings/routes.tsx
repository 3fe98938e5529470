import type { RouteObject } from 'react-router-dom';
import { NotificationPreferencesPage } from './components/notification-preferences-page';

export const NOTIFICATIONS_PATH = '/instellingen/meldingen';

/** Personal settings; rendered inside RequireAuth. */
export const settingsRoutes: RouteObject[] = [{ path: NOTIFICATIONS_PATH.slice(1), element: <NotificationPreferencesPage /> }];
