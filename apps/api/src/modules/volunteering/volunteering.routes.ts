import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC, USER, orgRole } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { deliverPending } from '../outbox/index.ts';
import * as s from './volunteering.schemas.ts';
import * as svc from './volunteering.service.ts';
import * as signups from './signups.service.ts';
import * as changes from './shift-changes.service.ts';
import * as profile from './profile.service.ts';

/** Volunteer profiles, opportunities, shifts (and their changes) and sign-ups with waitlists. */
export function volunteeringRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    const tags = ['volunteering'];
    app.get('/api/v1/opportunities', { config: { access: PUBLIC }, schema: { tags, summary: 'Open volunteer opportunities', querystring: s.listQuery } },
      async (req) => { const { page, pageSize, ...f } = req.query; return svc.listOpportunities(db, f, { page, pageSize }); });

    app.get('/api/v1/opportunities/:opportunityId', { config: { access: PUBLIC }, schema: { tags, summary: 'An opportunity with its shifts and places left', params: s.opportunityParams } },
      async (req) => svc.getOpportunity(db, req.params.opportunityId));

    app.post('/api/v1/organisations/:orgId/opportunities', { config: { access: orgRole('manager') }, schema: { tags, summary: 'Create an opportunity from a time need', params: s.orgParams, body: s.createOpportunityBody } },
      async (req, reply) => { reply.code(201); return svc.createOpportunity(db, contextOf(req), req.params.orgId, req.body); });

    app.post('/api/v1/opportunities/:opportunityId/shifts', { config: { access: USER }, schema: { tags, summary: 'Add a shift or a weekly series of shifts', params: s.opportunityParams, body: s.shiftsBody } },
      async (req, reply) => { reply.code(201); return svc.addShifts(db, contextOf(req), req.params.opportunityId, req.body); });

    app.post('/api/v1/shifts/:shiftId/signups', { config: { access: USER }, schema: { tags, summary: 'Sign up (confirmed, or waitlisted when full)', params: s.shiftParams, body: z.strictObject({}).optional() } },
      async (req, reply) => {
        const r = await signups.signUp(db, contextOf(req), req.params.shiftId);
        await deliverPending(db, deps.mailer, req.log);
        reply.code(201);
        return r;
      });

    app.delete('/api/v1/shifts/:shiftId/signups/me', { config: { access: USER }, schema: { tags, summary: 'Cancel my place (the first on the waitlist is promoted)', params: s.shiftParams } },
      async (req, reply) => { await signups.cancelSignup(db, contextOf(req), req.params.shiftId); await deliverPending(db, deps.mailer, req.log); return reply.code(204).send(); });

    app.patch('/api/v1/shifts/:shiftId', { config: { access: USER }, schema: { tags, summary: 'Move a shift or change its places (organisation managers); volunteers are told', params: s.shiftParams, body: s.patchShiftBody } },
      async (req) => {
        const r = await changes.updateShift(db, contextOf(req), req.params.shiftId, req.body);
        await deliverPending(db, deps.mailer, req.log);
        return r;
      });

    app.post('/api/v1/shifts/:shiftId/cancel', { config: { access: USER }, schema: { tags, summary: 'Cancel a shift with a reason (organisation managers); volunteers are told', params: s.shiftParams, body: s.cancelShiftBody } },
      async (req) => {
        const r = await changes.cancelShift(db, contextOf(req), req.params.shiftId, req.body.reason);
        await deliverPending(db, deps.mailer, req.log);
        return r;
      });

    app.get('/api/v1/organisations/:orgId/opportunities', { config: { access: orgRole('member', 'admin', 'verifier') }, schema: { tags, summary: "The organisation's opportunities in any status, with shift counts", params: s.orgParams, querystring: pageQuery } },
      async (req) => svc.listOrganisationOpportunities(db, req.params.orgId, req.query));

    app.get('/api/v1/me/shifts', { config: { access: USER }, schema: { tags, summary: 'My shifts and waitlist places' } },
      async (req) => svc.myShifts(db, contextOf(req)));

    app.get('/api/v1/me/volunteer-profile', { config: { access: USER }, schema: { tags, summary: 'My volunteer profile (private fields included)' } },
      async (req) => profile.getProfile(db, contextOf(req)));

    app.put('/api/v1/me/volunteer-profile', { config: { access: USER }, schema: { tags, summary: 'Save my volunteer profile', body: s.profileBody } },
      async (req) => profile.saveProfile(db, contextOf(req), req.body));
  };
}
