import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.ts';
import { PUBLIC, USER, orgRole } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import * as svc from './calendar.service.ts';
import { orgParams } from './volunteering.schemas.ts';

// Loose on purpose: a malformed token is answered 404 like an unknown one.
const feedParams = z.object({ token: z.string().max(100) });

/** Private iCalendar feeds of shifts: one per volunteer, one per organisation. */
export function calendarRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db, config } = deps;
  return async (app) => {
    const tags = ['volunteering'];
    app.get('/api/v1/me/calendar', { config: { access: USER }, schema: { tags, summary: 'My private calendar feed URL (created on first use)' } },
      async (req) => svc.myCalendar(db, config, contextOf(req)));

    app.post('/api/v1/me/calendar/reset', { config: { access: USER }, schema: { tags, summary: 'Replace my calendar feed URL (the old one stops working)' } },
      async (req) => svc.resetMyCalendar(db, config, contextOf(req)));

    app.get('/api/v1/organisations/:orgId/calendar', { config: { access: orgRole('member') }, schema: { tags, summary: "The organisation's calendar feed URL (created on first use)", params: orgParams } },
      async (req) => svc.organisationCalendar(db, config, req.params.orgId));

    app.post('/api/v1/organisations/:orgId/calendar/reset', { config: { access: orgRole('manager') }, schema: { tags, summary: "Replace the organisation's calendar feed URL", params: orgParams } },
      async (req) => svc.resetOrganisationCalendar(db, config, contextOf(req), req.params.orgId));

    app.get('/api/v1/calendar/:token.ics', { config: { access: PUBLIC }, schema: { tags, summary: 'An iCalendar feed (the token in the URL is the secret)', params: feedParams } },
      async (req, reply) => reply
        .type('text/calendar; charset=utf-8')
        // The URL is a secret: no shared caches, and search engines must never list it.
        .header('cache-control', 'private, max-age=300')
        .header('x-robots-tag', 'noindex')
        .send(await svc.calendarFeed(db, config, req.params.token)));
  };
}
