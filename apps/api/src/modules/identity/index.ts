/** The identity module: accounts, sessions, passwords, tokens and platform roles. */
export { authRoutes } from './auth.routes.ts';
export { meRoutes } from './me.routes.ts';
export { createActorResolver } from './actor.ts';
export { TOKEN_PREFIX } from './tokens.service.ts';
