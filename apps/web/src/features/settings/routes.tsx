import type { RouteObject } from 'react-router-dom';
import { AccountPage } from '../privacy/components/account-page';
import { NotificationPreferencesPage } from './components/notification-preferences-page';

export const NOTIFICATIONS_PATH = '/instellingen/meldingen';

export const ACCOUNT_PATH = '/instellingen/account';

/** Personal settings; rendered inside RequireAuth. */
export const settingsRoutes: RouteObject[] = [
  { path: NOTIFICATIONS_PATH.slice(1), element: <NotificationPreferencesPage /> },
  { path: ACCOUNT_PATH.slice(1), element: <AccountPage /> },
];
