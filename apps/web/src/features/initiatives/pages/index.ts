/** Initiative pages loaded on demand: the organisation workspace and the console review. */
export { ManageInitiativePage } from './ManageInitiativePage.tsx';
export { NewInitiativePage } from './NewInitiativePage.tsx';
export { ReviewInitiativePage } from './ReviewInitiativePage.tsx';
export { ReviewQueuePage } from './ReviewQueuePage.tsx';
export { WorkspaceInitiativesPage } from './WorkspaceInitiativesPage.tsx';
