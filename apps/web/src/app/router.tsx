import { createBrowserRouter } from 'react-router-dom';
import { LoginPage } from '../features/auth/components/login-page';
import { MagicLinkRequestPage } from '../features/auth/components/magic-link-request-page';
import { MagicLinkVerifyPage } from '../features/auth/components/magic-link-verify-page';
import { RegisterPage } from '../features/auth/components/register-page';
import { RequireAuth } from '../features/auth/components/require-auth';
import { LandingPage } from '../features/landing/components/landing-page';
import { CreateOrganisationPage } from '../features/organisations/components/create-organisation-page';
import { DashboardPage } from '../features/organisations/components/dashboard-page';
import { EditOrganisationPage } from '../features/organisations/components/edit-organisation-page';
import { OrganisationPage } from '../features/organisations/components/organisation-page';
import { ReportPage } from '../features/report/components/report-page';
import { SharedReportPage } from '../features/report/components/shared-report-page';
import { CreateRoundPage } from '../features/scans/components/create-round-page';
import { PosterPage } from '../features/scans/components/poster-page';
import { RoundPage } from '../features/scans/components/round-page';
import { SelfAssessmentPage } from '../features/scans/components/self-assessment-page';
import { adminRoutes } from '../features/admin/routes';
import { catalogueRoutes } from '../features/catalogue/routes';
import { publicPublisherRoutes, publisherRoutes } from '../features/publisher/routes';
import { settingsRoutes } from '../features/settings/routes';
import { coachRoutes } from '../features/coach/routes';
import { matchingRoutes } from '../features/matching/routes';
import { planRoutes } from '../features/plan/routes';
import { referralsRoutes } from '../features/referrals/routes';
import { insightsRoutes } from '../features/insights/routes';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <LandingPage /> },
            { path: 'aanmelden', element: <RegisterPage /> },
            { path: 'inloggen', element: <LoginPage /> },
            { path: 'inloggen/link', element: <MagicLinkRequestPage /> },
            { path: 'auth/magic', element: <MagicLinkVerifyPage /> },
            // Shared with employees by the owner: public and read-only.
            { path: 'rapport/:token', element: <SharedReportPage /> },
            ...catalogueRoutes,
            ...publicPublisherRoutes,
            {
              element: <RequireAuth />,
              children: [
                { path: 'dashboard', element: <DashboardPage /> },
                { path: 'organisaties/nieuw', element: <CreateOrganisationPage /> },
                { path: 'organisaties/:id', element: <OrganisationPage /> },
                { path: 'organisaties/:id/bewerken', element: <EditOrganisationPage /> },
                { path: 'organisaties/:id/scans/nieuw', element: <CreateRoundPage /> },
                { path: 'scans/:roundId', element: <RoundPage /> },
                { path: 'scans/:roundId/poster', element: <PosterPage /> },
                { path: 'scans/:roundId/zelfevaluatie', element: <SelfAssessmentPage /> },
                { path: 'scans/:roundId/rapport', element: <ReportPage /> },
                ...publisherRoutes,
                ...adminRoutes,
                ...settingsRoutes,
                ...matchingRoutes,
                ...planRoutes,
                ...referralsRoutes,
                ...coachRoutes,
                ...insightsRoutes,
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
