/** The system module: health, readiness, OpenAPI and enumerations. */
export { systemRoutes } from './system.routes.ts';
