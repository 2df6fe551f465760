import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../errors.ts';
import { enforceAccess, type Access } from './access.ts';
import type { Actor, RequestContext } from './context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The resolved caller, or null when anonymous. */
    actor: Actor | null;
    /** The session's CSRF token, when authenticated by cookie. */
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Who may call this route (see access.ts). Every /api route must declare it. */
    access?: Access;
  }
}

/** Name of the session cookie. Its value is a random secret; the database keeps only its hash. */
export const SESSION_COOKIE = 'ataa_session';
/** Header carrying the per-session CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';

/** What the auth plugin found on the request, handed to the identity module to resolve. */
export interface Credentials {
  sessionSecret: string | null;
  bearerToken: string | null;
}

/** Resolves credentials to an actor; supplied by the identity module (platform never imports modules). */
export type ActorResolver = (c: Credentials) => Promise<{ actor: Actor | null; csrfToken: string | null }>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the actor on every request and enforces each route's declared access, CSRF on
 * cookie-authenticated writes, and token scopes — before the body is validated or data loaded.
 */
export function registerAuth(app: FastifyInstance, resolve: ActorResolver): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    const bearerToken = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const sessionSecret = bearerToken ? null : (request.cookies?.[SESSION_COOKIE] ?? null);
    if (!bearerToken && !sessionSecret) return;
    const { actor, csrfToken } = await resolve({ sessionSecret, bearerToken });
    request.actor = actor;
    request.csrfToken = csrfToken;
  });

  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // non-API routes (static files); API routes without access never register
    const actor = request.actor;
    if (actor && !SAFE_METHODS.has(request.method)) {
      if (actor.via === 'session') {
        const expected = request.csrfToken;
        if (!expected || request.headers[CSRF_HEADER] !== expected) {
          throw new ForbiddenError('auth.csrf_failed', 'Missing or wrong CSRF token.');
        }
      } else if (!actor.scopes.includes('write')) {
        throw new ForbiddenError('auth.token_scope', 'This token may only read.');
      }
    }
    enforceAccess(access, actor, (request.params ?? {}) as Record<string, string>);
  });
}

/** The service-facing context of a request. */
export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, requestId: String(request.id), ip: request.ip ?? null };
}
