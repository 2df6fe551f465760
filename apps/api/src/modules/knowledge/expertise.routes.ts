import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC, USER, orgRole } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import type { LedgerWriter } from '../contributions/index.ts';
import { deliverPending } from '../outbox/index.ts';
import * as s from './knowledge.schemas.ts';
import * as offers from './offers.service.ts';
import * as engagements from './engagements.service.ts';

/** Expertise needs, offers from experts, and engagements signed off into the ledger. */
export function expertiseRoutes(deps: Deps, writer: LedgerWriter): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    const tags = ['expertise'];
    app.get('/api/v1/expertise-needs', { config: { access: PUBLIC }, schema: { tags, summary: 'Open expertise needs of live initiatives', querystring: s.expertiseNeedsQuery } },
      async (req) => { const { page, pageSize, ...f } = req.query; return offers.listExpertiseNeeds(db, f, { page, pageSize }); });

    app.post('/api/v1/needs/:needId/offers', { config: { access: USER }, schema: { tags, summary: 'Offer my expertise for a need', params: s.needParams, body: s.offerBody } },
      async (req, reply) => { reply.code(201); return offers.makeOffer(db, contextOf(req), req.params.needId, req.body); });

    app.get('/api/v1/needs/:needId/offers', { config: { access: USER }, schema: { tags, summary: 'Offers for a need (members of its organisation)', params: s.needParams } },
      async (req) => offers.listOffers(db, contextOf(req), req.params.needId));

    app.post('/api/v1/offers/:offerId/accept', { config: { access: USER }, schema: { tags, summary: 'Accept an offer: an engagement starts (managers)', params: s.offerParams, body: s.acceptBody } },
      async (req) => {
        const r = await offers.acceptOffer(db, contextOf(req), req.params.offerId, req.body);
        await deliverPending(db, deps.mailer, req.log);
        return r;
      });

    app.post('/api/v1/offers/:offerId/decline', { config: { access: USER }, schema: { tags, summary: 'Decline an offer (managers)', params: s.offerParams, body: s.declineBody } },
      async (req) => {
        const r = await offers.declineOffer(db, contextOf(req), req.params.offerId, req.body?.reason ?? null);
        await deliverPending(db, deps.mailer, req.log);
        return r;
      });

    app.delete('/api/v1/offers/:offerId', { config: { access: USER }, schema: { tags, summary: 'Withdraw my offer while it is open', params: s.offerParams } },
      async (req, reply) => { await offers.withdrawOffer(db, contextOf(req), req.params.offerId); return reply.code(204).send(); });

    app.get('/api/v1/engagements/:engagementId', { config: { access: USER }, schema: { tags, summary: 'An engagement with its work log (the expert or the organisation)', params: s.engagementParams } },
      async (req) => engagements.getEngagement(db, contextOf(req), req.params.engagementId));

    app.get('/api/v1/me/engagements', { config: { access: USER }, schema: { tags, summary: 'My engagements as an expert' } },
      async (req) => engagements.myEngagements(db, contextOf(req)));

    app.get('/api/v1/organisations/:orgId/engagements', { config: { access: orgRole('member') }, schema: { tags, summary: 'The organisation’s engagements', params: s.orgParams } },
      async (req) => engagements.organisationEngagements(db, req.params.orgId));

    app.post('/api/v1/engagements/:engagementId/logs', { config: { access: USER }, schema: { tags, summary: 'Log time worked (the expert, while active)', params: s.engagementParams, body: s.logBody } },
      async (req, reply) => { reply.code(201); return engagements.addLog(db, contextOf(req), req.params.engagementId, req.body); });

    app.post('/api/v1/engagements/:engagementId/cancel', { config: { access: USER }, schema: { tags, summary: 'Cancel an active engagement, with a reason (a manager or the expert)', params: s.engagementParams, body: s.cancelEngagementBody } },
      async (req) => {
        const r = await engagements.cancelEngagement(db, contextOf(req), req.params.engagementId, req.body.reason);
        await deliverPending(db, deps.mailer, req.log);
        return r;
      });

    app.post('/api/v1/engagements/:engagementId/sign-off', { config: { access: USER }, schema: { tags, summary: 'Sign off the work: one expertise contribution (managers)', params: s.engagementParams, body: s.emptyBody } },
      async (req) => {
        const r = await engagements.signOff(db, writer, contextOf(req), req.params.engagementId);
        await deliverPending(db, deps.mailer, req.log);
        return r;
      });
  };
}
