/** The volunteering module: profiles, opportunities, shifts and sign-ups (in progress: see docs). */
export { volunteeringRoutes } from './volunteering.routes.ts';
