import { z } from 'zod';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC, USER, orgRole, platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import { pageOf, pageQuery } from '../../platform/http/pagination.ts';
import type { Deps } from '../../platform/deps.ts';
import { initiativeSummaryView, initiativeView, needView } from './initiatives.presenter.ts';
import * as s from './initiatives.schemas.ts';
import * as svc from './initiatives.service.ts';
import * as needs from './needs.service.ts';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, getFile, setCover } from './files.service.ts';

const noContent = { 204: z.null().describe('No content') };

/** Initiatives, their needs and cover images, the public catalogue and the review queue. */
export function initiativeRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  deps.events.on('organisation.updated', (trx, { organisationId }) => svc.reindexOrganisation(trx, organisationId));
  return async (app) => {
    const tags = ['initiatives'];
    app.get('/api/v1/initiatives', { config: { access: PUBLIC }, schema: { tags, summary: 'Public catalogue: search, filter, sort', querystring: s.listQuery, response: { 200: pageOf(initiativeSummaryView) } } },
      async (req) => svc.listInitiatives(db, req.query));

    app.get('/api/v1/initiatives/:initiativeId', { config: { access: PUBLIC }, schema: { tags, summary: 'One initiative with needs, progress and priorities', params: s.initiativeParams, response: { 200: initiativeView } } },
      async (req) => svc.getInitiative(db, contextOf(req), req.params.initiativeId));

    app.post('/api/v1/organisations/:orgId/initiatives', { config: { access: orgRole('manager') }, schema: { tags, summary: 'Draft an initiative', params: s.orgInitiativeParams, body: s.createInitiativeBody, response: { 201: initiativeView } } },
      async (req, reply) => { reply.code(201); return svc.createInitiative(db, contextOf(req), req.params.orgId, req.body); });

    app.get('/api/v1/organisations/:orgId/initiatives', { config: { access: orgRole('member', 'admin', 'reviewer', 'verifier') }, schema: { tags, summary: "An organisation's initiatives in every status", params: s.orgInitiativeParams, querystring: pageQuery, response: { 200: pageOf(initiativeSummaryView) } } },
      async (req) => svc.listOrganisationInitiatives(db, contextOf(req), req.params.orgId, req.query));

    app.patch('/api/v1/initiatives/:initiativeId', { config: { access: USER }, schema: { tags, summary: 'Edit an initiative (material edits of live ones go back to review)', params: s.initiativeParams, body: s.updateInitiativeBody, response: { 200: initiativeView } } },
      async (req) => svc.updateInitiative(db, contextOf(req), req.params.initiativeId, req.body));

    app.post('/api/v1/initiatives/:initiativeId/transitions', { config: { access: USER }, schema: { tags, summary: 'Submit, approve, return, activate, complete or close', params: s.initiativeParams, body: s.transitionBody, response: { 200: initiativeView } } },
      async (req) => svc.transitionInitiative(db, contextOf(req), req.params.initiativeId, req.body.action, req.body.comment));

    app.get('/api/v1/admin/initiatives', { config: { access: platform('admin', 'reviewer', 'verifier') }, schema: { tags: ['admin'], summary: 'Review queue', querystring: s.reviewQueueQuery, response: { 200: pageOf(initiativeSummaryView) } } },
      async (req) => { const { status, ...page } = req.query; return svc.reviewQueue(db, contextOf(req), status, page); });

    app.post('/api/v1/initiatives/:initiativeId/needs', { config: { access: USER }, schema: { tags, summary: 'Add a need', params: s.initiativeParams, body: s.needBody, response: { 201: needView } } },
      async (req, reply) => { reply.code(201); return needs.addNeed(db, contextOf(req), req.params.initiativeId, req.body); });

    app.patch('/api/v1/initiatives/:initiativeId/needs/:needId', { config: { access: USER }, schema: { tags, summary: 'Edit or close a need', params: s.needParams, body: s.updateNeedBody, response: { 200: needView } } },
      async (req) => needs.updateNeed(db, contextOf(req), req.params.initiativeId, req.params.needId, req.body));

    app.delete('/api/v1/initiatives/:initiativeId/needs/:needId', { config: { access: USER }, schema: { tags, summary: 'Delete a need of a draft', params: s.needParams, response: noContent } },
      async (req, reply) => { await needs.deleteNeed(db, contextOf(req), req.params.initiativeId, req.params.needId); return reply.code(204).send(null); });

    app.get('/api/v1/files/:fileId', { config: { access: PUBLIC }, schema: { tags: ['files'], summary: 'A stored image', params: z.object({ fileId: z.uuid() }) } },
      async (req, reply) => {
        const f = await getFile(db, req.params.fileId);
        return reply.type(f.content_type).header('cache-control', 'public, max-age=31536000, immutable').header('x-content-type-options', 'nosniff').send(f.data);
      });

    // Cover images arrive as the raw bytes of the image (the browser sends the File directly).
    await app.register(async (plain) => {
      const images = plain.withTypeProvider<ZodTypeProvider>();
      images.addContentTypeParser([...IMAGE_TYPES], { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_req, body, done) => done(null, body));
      images.put('/api/v1/initiatives/:initiativeId/cover', { config: { access: USER }, schema: { tags, summary: 'Upload the cover image (PNG, JPEG or WebP, ≤ 2 MB; raw body)', params: s.initiativeParams, response: { 200: z.object({ coverUrl: z.string() }) } } },
        async (req) => setCover(db, contextOf(req), req.params.initiativeId, String(req.headers['content-type'] ?? ''), req.body as Buffer));
    });
  };
}
