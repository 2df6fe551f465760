/** The organisations module: organisations, members, roles and invitations. */
export { organisationRoutes } from './organisations.routes.ts';
export { memberRoutes } from './members.routes.ts';
export { assertOrganisationVerified } from './organisations.service.ts';
export { listMembershipsOfUser, findMembership } from './organisations.repository.ts';
