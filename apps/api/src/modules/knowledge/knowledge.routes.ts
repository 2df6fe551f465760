import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { USER, orgRole } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import type { LedgerWriter } from '../contributions/index.ts';
import * as s from './knowledge.schemas.ts';
import * as mentorships from './mentorships.service.ts';
import * as sessions from './sessions.service.ts';

/** Mentorships and knowledge sessions (mentoring, training, workshops) confirmed into the ledger. */
export function knowledgeRoutes(deps: Deps, writer: LedgerWriter): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    const tags = ['knowledge'];
    app.post('/api/v1/organisations/:orgId/mentorships', { config: { access: orgRole('manager') }, schema: { tags, summary: 'Pair a mentor with mentees under a knowledge need', params: s.orgParams, body: s.mentorshipBody } },
      async (req, reply) => { reply.code(201); return mentorships.createMentorship(db, contextOf(req), req.params.orgId, req.body); });

    app.get('/api/v1/organisations/:orgId/mentorships', { config: { access: orgRole('member') }, schema: { tags, summary: 'The organisation’s mentorships with sessions', params: s.orgParams } },
      async (req) => mentorships.organisationMentorships(db, req.params.orgId));

    app.get('/api/v1/me/mentorships', { config: { access: USER }, schema: { tags, summary: 'The mentorships I mentor, with sessions' } },
      async (req) => mentorships.myMentorships(db, contextOf(req)));

    app.post('/api/v1/mentorships/:mentorshipId/end', { config: { access: USER }, schema: { tags, summary: 'End a mentorship: no new sessions (managers)', params: s.mentorshipParams, body: s.endMentorshipBody } },
      async (req) => mentorships.endMentorship(db, contextOf(req), req.params.mentorshipId, req.body?.reason ?? null));

    app.post('/api/v1/mentorships/:mentorshipId/sessions', { config: { access: USER }, schema: { tags, summary: 'Report a session of a mentorship (the mentor or a manager)', params: s.mentorshipParams, body: s.mentorshipSessionBody } },
      async (req, reply) => { reply.code(201); return sessions.reportMentorshipSession(db, contextOf(req), req.params.mentorshipId, req.body); });

    app.post('/api/v1/organisations/:orgId/knowledge-sessions', { config: { access: orgRole('manager') }, schema: { tags, summary: 'Report a knowledge session', params: s.orgParams, body: s.sessionBody } },
      async (req, reply) => { reply.code(201); return sessions.reportSession(db, contextOf(req), req.params.orgId, req.body); });

    app.get('/api/v1/organisations/:orgId/knowledge-sessions', { config: { access: orgRole('member') }, schema: { tags, summary: 'The organisation’s knowledge sessions', params: s.orgParams, querystring: s.sessionsQuery } },
      async (req) => { const { page, pageSize, status } = req.query; return sessions.listSessions(db, req.params.orgId, status, { page, pageSize }); });

    app.post('/api/v1/knowledge-sessions/:sessionId/decision', { config: { access: USER }, schema: { tags, summary: 'Confirm (one knowledge contribution) or reject a session (managers)', params: s.sessionParams, body: s.decisionBody } },
      async (req) => sessions.decideSession(db, writer, contextOf(req), req.params.sessionId, req.body));

    app.get('/api/v1/organisations/:orgId/knowledge-outputs', { config: { access: orgRole('member') }, schema: { tags, summary: 'Sessions held and people reached (confirmed sessions)', params: s.orgParams } },
      async (req) => sessions.knowledgeOutputs(db, req.params.orgId));
  };
}
