import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC, USER, orgRole, platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import { pageOf } from '../../platform/http/pagination.ts';
import type { Deps } from '../../platform/deps.ts';
import { organisationView } from './organisations.presenter.ts';
import * as s from './organisations.schemas.ts';
import * as svc from './organisations.service.ts';

/** Organisation directory, creation, editing and verification. */
export function organisationRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    const tags = ['organisations'];
    app.get('/api/v1/organisations', {
      config: { access: PUBLIC },
      schema: { tags, summary: 'Verified organisations', querystring: s.listOrganisationsQuery, response: { 200: pageOf(organisationView) } },
    }, async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return svc.listPublicOrganisations(db, contextOf(req), filter, { page, pageSize });
    });

    app.post('/api/v1/organisations', {
      config: { access: USER },
      schema: { tags, summary: 'Create an organisation (you become its owner)', body: s.createOrganisationBody, response: { 201: organisationView } },
    }, async (req, reply) => {
      reply.code(201);
      return svc.createOrganisation(db, contextOf(req), req.body);
    });

    app.get('/api/v1/organisations/:orgId', {
      config: { access: PUBLIC },
      schema: { tags, summary: 'One organisation', params: s.orgParams, response: { 200: organisationView } },
    }, async (req) => svc.getOrganisation(db, contextOf(req), req.params.orgId));

    app.patch('/api/v1/organisations/:orgId', {
      config: { access: orgRole('manager', 'admin') },
      schema: { tags, summary: 'Edit an organisation', params: s.orgParams, body: s.updateOrganisationBody, response: { 200: organisationView } },
    }, async (req) => svc.updateOrganisation(db, deps.events, contextOf(req), req.params.orgId, req.body));

    app.post('/api/v1/organisations/:orgId/decision', {
      config: { access: platform('admin') },
      schema: { tags, summary: 'Verify or reject an organisation', params: s.orgParams, body: s.decisionBody, response: { 200: organisationView } },
    }, async (req) => svc.decideOrganisation(db, contextOf(req), req.params.orgId, req.body.decision, req.body.reason));

    app.get('/api/v1/admin/organisations', {
      config: { access: platform('admin', 'reviewer', 'verifier') },
      schema: { tags: ['admin'], summary: 'All organisations, by status', querystring: s.adminListQuery, response: { 200: pageOf(organisationView) } },
    }, async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return svc.listAllOrganisations(db, contextOf(req), filter, { page, pageSize });
    });
  };
}

export const noContent = { 204: z.null().describe('No content') };
