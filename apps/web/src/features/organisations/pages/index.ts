/** Organisation pages loaded on demand: registration, my organisations and the workspace. */
export { InvitationsPage } from './InvitationsPage.tsx';
export { MembersPage } from './MembersPage.tsx';
export { MyOrganisationsPage } from './MyOrganisationsPage.tsx';
export { NewOrganisationPage } from './NewOrganisationPage.tsx';
export { WorkspaceDetailsPage } from './WorkspaceDetailsPage.tsx';
export { WorkspaceLayout } from './WorkspaceLayout.tsx';
export { WorkspaceOverviewPage } from './WorkspaceOverviewPage.tsx';
