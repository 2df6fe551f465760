import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingState } from '../components/LoadingState.tsx';
import { FundPage, FundsPage } from '../features/contributions/pages/FundsPage.tsx';
import { VerifyReceiptPage } from '../features/contributions/pages/VerifyReceiptPage.tsx';
import { HomePage } from '../features/home/pages/HomePage.tsx';
import { InitiativePage } from '../features/initiatives/pages/InitiativePage.tsx';
import { InitiativesPage } from '../features/initiatives/pages/InitiativesPage.tsx';
import { OrganisationPage } from '../features/organisations/pages/OrganisationPage.tsx';
import { OrganisationsPage } from '../features/organisations/pages/OrganisationsPage.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';

/** A route whose page module loads on first visit (forms with zod, workspace, console). */
function lazyPage(load: () => Promise<{ default: React.ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

const identity = () => import('../features/identity/pages/index.ts');
const organisations = () => import('../features/organisations/pages/index.ts');
const admin = () => import('../features/admin/pages/index.ts');
const initiatives = () => import('../features/initiatives/pages/index.ts');
const priorities = () => import('../features/priorities/pages/index.ts');
const contributions = () => import('../features/contributions/pages/index.ts');
const ledger = () => import('../features/ledger/pages/index.ts');
const workspaceVolunteering = () => import('../features/workspace-volunteering/pages/index.ts');
const volunteering = () => import('../features/volunteering/pages/index.ts');

/**
 * Every page of the app. Public: home, organisations, auth. My space: /me/*. Organisation
 * workspace: /workspace/:orgId/*. Foundation console: /console/*. The server answers
 * index.html for every non-/api path, so deep links work. The public pages are in the main
 * bundle; the rest load on demand.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <LoadingState />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'organisations', element: <OrganisationsPage /> },
      { path: 'organisations/new', ...lazyPage(async () => ({ default: (await organisations()).NewOrganisationPage })) },
      { path: 'organisations/:id', element: <OrganisationPage /> },
      { path: 'initiatives', element: <InitiativesPage /> },
      { path: 'initiatives/:id', element: <InitiativePage /> },
      { path: 'initiatives/:id/give/:needId', ...lazyPage(async () => ({ default: (await contributions()).GivePage })) },
      { path: 'funds', element: <FundsPage /> },
      { path: 'funds/:fundId', element: <FundPage /> },
      { path: 'funds/:fundId/give', ...lazyPage(async () => ({ default: (await contributions()).GiveFundPage })) },
      { path: 'verify/receipts', element: <VerifyReceiptPage /> },
      { path: 'verify/receipts/:token', element: <VerifyReceiptPage /> },
      { path: 'verify/certificates', ...lazyPage(async () => ({ default: (await volunteering()).VerifyCertificatePage })) },
      { path: 'verify/certificates/:token', ...lazyPage(async () => ({ default: (await volunteering()).VerifyCertificatePage })) },
      { path: 'volunteer', ...lazyPage(async () => ({ default: (await volunteering()).OpportunitiesPage })) },
      { path: 'volunteer/opportunities/:id', ...lazyPage(async () => ({ default: (await volunteering()).OpportunityPage })) },
      { path: 'expertise', ...lazyPage(async () => ({ default: (await volunteering()).ExpertisePage })) },
      { path: 'check-in/:shiftId', ...lazyPage(async () => ({ default: (await volunteering()).CheckInPage })) },
      { path: 'sign-up', ...lazyPage(async () => ({ default: (await identity()).SignUpPage })) },
      { path: 'sign-in', ...lazyPage(async () => ({ default: (await identity()).SignInPage })) },
      { path: 'forgot-password', ...lazyPage(async () => ({ default: (await identity()).ForgotPasswordPage })) },
      { path: 'reset-password', ...lazyPage(async () => ({ default: (await identity()).ResetPasswordPage })) },
      {
        path: 'me',
        ...lazyPage(async () => ({ default: (await identity()).MySpaceLayout })),
        children: [
          { index: true, ...lazyPage(async () => ({ default: (await identity()).ProfilePage })) },
          { path: 'organisations', ...lazyPage(async () => ({ default: (await organisations()).MyOrganisationsPage })) },
          { path: 'invitations', ...lazyPage(async () => ({ default: (await identity()).MyInvitationsPage })) },
          { path: 'contributions', ...lazyPage(async () => ({ default: (await contributions()).MyContributionsPage })) },
          { path: 'monthly', ...lazyPage(async () => ({ default: (await contributions()).MyMonthlyPage })) },
          { path: 'password', ...lazyPage(async () => ({ default: (await identity()).PasswordPage })) },
          { path: 'tokens', ...lazyPage(async () => ({ default: (await identity()).TokensPage })) },
          {
            // My volunteering pages share a sub-navigation of their own.
            ...lazyPage(async () => ({ default: (await volunteering()).VolunteerSpaceLayout })),
            children: [
              { path: 'volunteering', ...lazyPage(async () => ({ default: (await volunteering()).MyVolunteeringPage })) },
              { path: 'volunteer-profile', ...lazyPage(async () => ({ default: (await volunteering()).VolunteerProfilePage })) },
              { path: 'impact', ...lazyPage(async () => ({ default: (await volunteering()).ImpactPage })) },
              { path: 'certificates', ...lazyPage(async () => ({ default: (await volunteering()).CertificatesPage })) },
              { path: 'engagements', ...lazyPage(async () => ({ default: (await volunteering()).EngagementsPage })) },
              { path: 'engagements/:engagementId', ...lazyPage(async () => ({ default: (await volunteering()).EngagementPage })) },
              { path: 'mentorships', ...lazyPage(async () => ({ default: (await volunteering()).MentorshipsPage })) },
            ],
          },
        ],
      },
      {
        path: 'workspace/:orgId',
        ...lazyPage(async () => ({ default: (await organisations()).WorkspaceLayout })),
        children: [
          { index: true, ...lazyPage(async () => ({ default: (await organisations()).WorkspaceOverviewPage })) },
          { path: 'details', ...lazyPage(async () => ({ default: (await organisations()).WorkspaceDetailsPage })) },
          { path: 'members', ...lazyPage(async () => ({ default: (await organisations()).MembersPage })) },
          { path: 'invitations', ...lazyPage(async () => ({ default: (await organisations()).InvitationsPage })) },
          { path: 'initiatives', ...lazyPage(async () => ({ default: (await initiatives()).WorkspaceInitiativesPage })) },
          { path: 'initiatives/new', ...lazyPage(async () => ({ default: (await initiatives()).NewInitiativePage })) },
          { path: 'initiatives/:initiativeId', ...lazyPage(async () => ({ default: (await initiatives()).ManageInitiativePage })) },
          { path: 'contributions', ...lazyPage(async () => ({ default: (await contributions()).WorkspaceContributionsPage })) },
          { path: 'volunteering', ...lazyPage(async () => ({ default: (await workspaceVolunteering()).OpportunitiesPage })) },
          { path: 'volunteering/opportunities/new', ...lazyPage(async () => ({ default: (await workspaceVolunteering()).NewOpportunityPage })) },
          { path: 'volunteering/opportunities/:opportunityId', ...lazyPage(async () => ({ default: (await workspaceVolunteering()).OpportunityPage })) },
          { path: 'volunteering/shifts/:shiftId', ...lazyPage(async () => ({ default: (await workspaceVolunteering()).RosterPage })) },
          { path: 'volunteering/hours', ...lazyPage(async () => ({ default: (await workspaceVolunteering()).HoursPage })) },
          { path: 'expertise', ...lazyPage(async () => ({ default: (await workspaceVolunteering()).ExpertisePage })) },
          { path: 'knowledge', ...lazyPage(async () => ({ default: (await workspaceVolunteering()).KnowledgePage })) },
        ],
      },
      {
        path: 'console',
        ...lazyPage(async () => ({ default: (await admin()).ConsoleLayout })),
        children: [
          { index: true, ...lazyPage(async () => ({ default: (await admin()).ApprovalsPage })) },
          { path: 'users', ...lazyPage(async () => ({ default: (await admin()).UsersPage })) },
          { path: 'audit', ...lazyPage(async () => ({ default: (await admin()).AuditLogPage })) },
          { path: 'outbox', ...lazyPage(async () => ({ default: (await admin()).OutboxPage })) },
          { path: 'initiatives', ...lazyPage(async () => ({ default: (await initiatives()).ReviewQueuePage })) },
          { path: 'initiatives/:initiativeId', ...lazyPage(async () => ({ default: (await initiatives()).ReviewInitiativePage })) },
          { path: 'frameworks', ...lazyPage(async () => ({ default: (await priorities()).FrameworksPage })) },
          { path: 'frameworks/:frameworkId', ...lazyPage(async () => ({ default: (await priorities()).FrameworkPage })) },
          { path: 'funds', ...lazyPage(async () => ({ default: (await contributions()).ConsoleFundsPage })) },
          { path: 'ledger', ...lazyPage(async () => ({ default: (await ledger()).LedgerPage })) },
          { path: 'valuation', ...lazyPage(async () => ({ default: (await ledger()).ValuationPage })) },
          { path: 'skills', ...lazyPage(async () => ({ default: (await admin()).SkillsPage })) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
