import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { PUBLIC, USER } from '../../platform/http/access.ts';
import { SESSION_COOKIE, contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { deliverPending } from '../outbox/index.ts';
import { sessionView, userView } from './identity.presenter.ts';
import * as s from './identity.schemas.ts';
import * as svc from './identity.service.ts';

const noContent = { 204: z.null().describe('No content') };
const signedInView = z.object({ user: userView, csrfToken: z.string() });

/** Sign-up, sign-in and out, passwords, and the current session. */
export function authRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db, config } = deps;
  const authLimit = { max: config.authRateLimit, timeWindow: '1 minute' };

  function setSessionCookie(reply: FastifyReply, secret: string) {
    reply.setCookie(SESSION_COOKIE, secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      maxAge: config.sessionDays * 86_400,
    });
  }

  return async (app) => {
    const tags = ['auth'];
    app.post('/api/v1/auth/sign-up', {
      config: { access: PUBLIC, rateLimit: authLimit },
      schema: { tags, summary: 'Create an account and sign in', body: s.signUpBody, response: { 201: signedInView } },
    }, async (req, reply) => {
      const r = await svc.signUp(db, config, contextOf(req), req.body, req.headers['user-agent'] ?? null);
      setSessionCookie(reply, r.sessionSecret);
      reply.code(201);
      return { user: r.user, csrfToken: r.csrfToken };
    });

    app.post('/api/v1/auth/sign-in', {
      config: { access: PUBLIC, rateLimit: authLimit },
      schema: { tags, summary: 'Sign in with email and password', body: s.signInBody, response: { 200: signedInView } },
    }, async (req, reply) => {
      const r = await svc.signIn(db, config, req.body.email, req.body.password, req.headers['user-agent'] ?? null);
      setSessionCookie(reply, r.sessionSecret);
      return { user: r.user, csrfToken: r.csrfToken };
    });

    app.post('/api/v1/auth/sign-out', {
      config: { access: USER },
      schema: { tags, summary: 'Sign out of this session', response: noContent },
    }, async (req, reply) => {
      await svc.signOut(db, contextOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    });

    app.post('/api/v1/auth/password', {
      config: { access: USER, rateLimit: authLimit },
      schema: { tags, summary: 'Change your password', body: s.changePasswordBody, response: noContent },
    }, async (req, reply) => {
      await svc.changePassword(db, contextOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.code(204).send(null);
    });

    app.post('/api/v1/auth/password-resets', {
      config: { access: PUBLIC, rateLimit: authLimit },
      schema: { tags, summary: 'Email a password-reset link (same answer whether or not the account exists)', body: s.resetRequestBody, response: { 202: z.object({ accepted: z.literal(true) }) } },
    }, async (req, reply) => {
      await svc.requestPasswordReset(db, config, contextOf(req), req.body.email);
      await deliverPending(db, deps.mailer, req.log);
      reply.code(202);
      return { accepted: true as const };
    });

    app.post('/api/v1/auth/password-resets/confirm', {
      config: { access: PUBLIC, rateLimit: authLimit },
      schema: { tags, summary: 'Set a new password with a reset link', body: s.resetConfirmBody, response: noContent },
    }, async (req, reply) => {
      await svc.confirmPasswordReset(db, contextOf(req), req.body.token, req.body.newPassword);
      return reply.code(204).send(null);
    });

    app.get('/api/v1/session', {
      config: { access: PUBLIC },
      schema: { tags, summary: 'Who is signed in, and for whom they act', response: { 200: sessionView } },
    }, async (req) => svc.getSession(db, contextOf(req), req.csrfToken));

    app.patch('/api/v1/session', {
      config: { access: USER },
      schema: { tags, summary: 'Act for yourself (null) or for one of your organisations', body: s.actingBody, response: { 200: sessionView } },
    }, async (req) => svc.setActingOrganisation(db, contextOf(req), req.body.actingOrganisationId, req.csrfToken));
  };
}
