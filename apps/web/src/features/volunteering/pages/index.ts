/** Volunteer-facing pages loaded on demand: opportunities and shifts, my volunteering, certificates, impact, expertise. */
export { OpportunitiesPage } from './OpportunitiesPage.tsx';
export { OpportunityPage } from './OpportunityPage.tsx';
export { MyVolunteeringPage } from './MyVolunteeringPage.tsx';
export { CheckInPage } from './CheckInPage.tsx';
export { VolunteerProfilePage } from './VolunteerProfilePage.tsx';
export { CertificatesPage } from './CertificatesPage.tsx';
export { VerifyCertificatePage } from './VerifyCertificatePage.tsx';
export { ImpactPage } from './ImpactPage.tsx';
export { ExpertisePage } from './ExpertisePage.tsx';
export { EngagementsPage } from './EngagementsPage.tsx';
export { EngagementPage } from './EngagementPage.tsx';
export { MentorshipsPage } from './MentorshipsPage.tsx';
export { VolunteerSpaceLayout } from './VolunteerSpaceLayout.tsx';
