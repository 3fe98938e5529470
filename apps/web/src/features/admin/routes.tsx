import type { RouteObject } from 'react-router-dom';
import { AdminOverviewPage } from './components/admin-overview-page';
import { CoachesPage } from './components/coaches-page';
import { MailPage } from './components/mail-page';
import { PlatformOverviewPage } from './components/platform-overview-page';
import { PublishersPage } from './components/publishers-page';
import { RequireAdmin } from './components/require-admin';
import { AuditPage } from '../privacy/components/audit-page';

/** Admin pages (approvals, outbox); rendered inside RequireAuth, and only for admins. */
export const adminRoutes: RouteObject[] = [
  {
    element: <RequireAdmin />,
    children: [
      { path: 'beheer', element: <AdminOverviewPage /> },
      { path: 'beheer/uitgevers', element: <PublishersPage /> },
      { path: 'beheer/coaches', element: <CoachesPage /> },
      { path: 'beheer/mail', element: <MailPage /> },
      { path: 'beheer/overzicht', element: <PlatformOverviewPage /> },
      { path: 'beheer/logboek', element: <AuditPage /> },
    ],
  },
];
