import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MEMBER_ROLES } from '../../../../../packages/shared/src/index.ts';
import { USER, orgRole } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { invitationView } from './organisations.presenter.ts';
import { noContent } from './organisations.routes.ts';
import * as s from './organisations.schemas.ts';
import * as inv from './invitations.service.ts';
import * as members from './members.service.ts';

const memberView = z.object({ userId: z.string(), displayName: z.string(), email: z.string(), role: z.enum(MEMBER_ROLES), createdAt: z.string() });
const myInvitationView = z.object({
  id: z.string(),
  organisation: z.object({ id: z.string(), nameAr: z.string().nullable(), nameEn: z.string().nullable() }),
  role: z.enum(MEMBER_ROLES),
  createdAt: z.string(),
  expiresAt: z.string(),
});
const invitationIdParams = z.object({ invitationId: z.uuid() });

/** Members, roles and invitations of an organisation. */
export function memberRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db, config } = deps;
  return async (app) => {
    const tags = ['members'];
    app.get('/api/v1/organisations/:orgId/members', {
      config: { access: orgRole('member', 'admin', 'verifier') },
      schema: { tags, summary: 'Members of an organisation', params: s.orgParams, response: { 200: z.object({ items: z.array(memberView) }) } },
    }, async (req) => members.listMembers(db, contextOf(req), req.params.orgId));

    app.patch('/api/v1/organisations/:orgId/members/:userId', {
      config: { access: orgRole('owner', 'admin') },
      schema: { tags, summary: "Change a member's role", params: s.memberParams, body: s.roleBody, response: { 200: memberView } },
    }, async (req) => members.changeMemberRole(db, contextOf(req), req.params.orgId, req.params.userId, req.body.role));

    app.delete('/api/v1/organisations/:orgId/members/:userId', {
      config: { access: orgRole('member', 'admin') },
      schema: { tags, summary: 'Remove a member, or leave (your own id)', params: s.memberParams, response: noContent },
    }, async (req, reply) => {
      await members.removeMember(db, contextOf(req), req.params.orgId, req.params.userId);
      return reply.code(204).send(null);
    });

    app.get('/api/v1/organisations/:orgId/invitations', {
      config: { access: orgRole('manager', 'admin') },
      schema: { tags, summary: "An organisation's invitations", params: s.orgParams, response: { 200: z.object({ items: z.array(invitationView) }) } },
    }, async (req) => inv.listInvitations(db, contextOf(req), req.params.orgId));

    app.post('/api/v1/organisations/:orgId/invitations', {
      config: { access: orgRole('manager', 'admin') },
      schema: { tags, summary: 'Invite a person by email', params: s.orgParams, body: s.inviteBody, response: { 201: invitationView } },
    }, async (req, reply) => {
      reply.code(201);
      return inv.invite(db, config, contextOf(req), req.params.orgId, req.body.email, req.body.role);
    });

    app.delete('/api/v1/organisations/:orgId/invitations/:invitationId', {
      config: { access: orgRole('manager', 'admin') },
      schema: { tags, summary: 'Revoke a pending invitation', params: s.invitationParams, response: noContent },
    }, async (req, reply) => {
      await inv.revokeInvitation(db, contextOf(req), req.params.orgId, req.params.invitationId);
      return reply.code(204).send(null);
    });

    app.get('/api/v1/me/invitations', {
      config: { access: USER },
      schema: { tags, summary: 'Invitations addressed to me', response: { 200: z.object({ items: z.array(myInvitationView) }) } },
    }, async (req) => inv.myInvitations(db, contextOf(req)));

    for (const answer of ['accept', 'decline'] as const) {
      app.post(`/api/v1/invitations/:invitationId/${answer}`, {
        config: { access: USER },
        schema: { tags, summary: `${answer[0]!.toUpperCase()}${answer.slice(1)} an invitation`, params: invitationIdParams, response: noContent },
      }, async (req, reply) => {
        await inv.answerInvitation(db, contextOf(req), req.params.invitationId, answer === 'accept');
        return reply.code(204).send(null);
      });
    }
  };
}
