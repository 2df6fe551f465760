/** The organisation's volunteering, expertise and knowledge workspace pages, loaded on demand. */
export { ExpertisePage } from './ExpertisePage.tsx';
export { HoursPage } from './HoursPage.tsx';
export { KnowledgePage } from './KnowledgePage.tsx';
export { NewOpportunityPage } from './NewOpportunityPage.tsx';
export { OpportunitiesPage } from './OpportunitiesPage.tsx';
export { OpportunityPage } from './OpportunityPage.tsx';
export { RosterPage } from './RosterPage.tsx';
