import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TOKEN_SCOPES } from '../../../../../packages/shared/src/index.ts';
import { USER, platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import { pageOf } from '../../platform/http/pagination.ts';
import type { Deps } from '../../platform/deps.ts';
import { adminUserView, userView } from './identity.presenter.ts';
import * as s from './identity.schemas.ts';
import * as svc from './identity.service.ts';
import * as tokens from './tokens.service.ts';
import * as admin from './admin-users.service.ts';

const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(TOKEN_SCOPES)),
  organisationId: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** The signed-in person's profile and tokens, and the admin's user list. */
export function meRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get('/api/v1/me', {
      config: { access: USER },
      schema: { tags: ['me'], summary: 'Your profile', response: { 200: userView } },
    }, async (req) => svc.getMe(db, contextOf(req)));

    app.patch('/api/v1/me', {
      config: { access: USER },
      schema: { tags: ['me'], summary: 'Change your name or language', body: s.updateMeBody, response: { 200: userView } },
    }, async (req) => svc.updateMe(db, contextOf(req), req.body));

    app.get('/api/v1/me/tokens', {
      config: { access: USER },
      schema: { tags: ['me'], summary: 'Your personal-access tokens', response: { 200: z.object({ items: z.array(tokenView) }) } },
    }, async (req) => tokens.listTokens(db, contextOf(req)));

    app.post('/api/v1/me/tokens', {
      config: { access: USER },
      schema: { tags: ['me'], summary: 'Create a token (the secret is shown once)', body: s.createTokenBody, response: { 201: z.object({ token: tokenView, secret: z.string() }) } },
    }, async (req, reply) => {
      reply.code(201);
      return tokens.createToken(db, contextOf(req), req.body);
    });

    app.delete('/api/v1/me/tokens/:tokenId', {
      config: { access: USER },
      schema: { tags: ['me'], summary: 'Revoke a token', params: s.tokenParams, response: { 204: z.null().describe('No content') } },
    }, async (req, reply) => {
      await tokens.revokeToken(db, contextOf(req), req.params.tokenId);
      return reply.code(204).send(null);
    });

    app.get('/api/v1/admin/users', {
      config: { access: platform('admin') },
      schema: { tags: ['admin'], summary: 'Users', querystring: s.adminUsersQuery, response: { 200: pageOf(adminUserView) } },
    }, async (req) => {
      const { q, platformRole, ...page } = req.query;
      return admin.listUsers(db, contextOf(req), q, platformRole, page);
    });

    app.patch('/api/v1/admin/users/:userId', {
      config: { access: platform('admin') },
      schema: { tags: ['admin'], summary: 'Grant or remove a platform role', params: s.userParams, body: s.platformRoleBody, response: { 200: adminUserView } },
    }, async (req) => admin.setPlatformRole(db, contextOf(req), req.params.userId, req.body.platformRole));
  };
}
