import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC, platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { frameworkView, priorityNode, priorityView } from './priorities.presenter.ts';
import * as s from './priorities.schemas.ts';
import * as svc from './priorities.service.ts';
import { exportFramework, importFramework } from './import-export.ts';
import * as repo from './priorities.repository.ts';

const noContent = { 204: z.null().describe('No content') };
const chainStep = z.object({ priority: priorityView, framework: frameworkView, via: z.enum(['self', 'parent', 'link']), fromId: z.string().nullable() });
const linkView = z.object({
  fromPriorityId: z.string(), toPriorityId: z.string(), fromFramework: z.string(), fromCode: z.string(), toFramework: z.string(), toCode: z.string(),
  fromTitleAr: z.string(), fromTitleEn: z.string(), toTitleAr: z.string(), toTitleEn: z.string(),
  createdBy: z.string().nullable(), createdByName: z.string().nullable(), createdAt: z.string(),
});

/** Priority frameworks, their trees, the crosswalk, and import/export. */
export function priorityRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    const tags = ['priorities'];
    const admin = platform('admin');

    app.get('/api/v1/frameworks', { config: { access: PUBLIC }, schema: { tags, summary: 'Priority frameworks', response: { 200: z.object({ items: z.array(frameworkView) }) } } },
      async () => svc.listFrameworks(db));

    app.post('/api/v1/frameworks', { config: { access: admin }, schema: { tags, summary: 'Create a framework', body: s.createFrameworkBody, response: { 201: frameworkView } } },
      async (req, reply) => { reply.code(201); return svc.createFramework(db, contextOf(req), req.body); });

    app.post('/api/v1/frameworks/import', { config: { access: admin }, schema: { tags, summary: 'Import a framework from JSON or CSV', body: s.importBody, response: { 200: z.object({ frameworkId: z.string(), added: z.number(), updated: z.number(), linksAdded: z.number() }) } } },
      async (req) => importFramework(db, contextOf(req), req.body));

    app.get('/api/v1/frameworks/:frameworkId', { config: { access: PUBLIC }, schema: { tags, summary: 'A framework with its priority tree', params: s.frameworkParams, response: { 200: frameworkView.extend({ priorities: z.array(priorityNode) }) } } },
      async (req) => svc.getFramework(db, req.params.frameworkId));

    app.patch('/api/v1/frameworks/:frameworkId', { config: { access: admin }, schema: { tags, summary: 'Edit a framework', params: s.frameworkParams, body: s.updateFrameworkBody, response: { 200: frameworkView } } },
      async (req) => svc.updateFramework(db, contextOf(req), req.params.frameworkId, req.body));

    app.delete('/api/v1/frameworks/:frameworkId', { config: { access: admin }, schema: { tags, summary: 'Delete a framework nothing is tagged with', params: s.frameworkParams, response: noContent } },
      async (req, reply) => { await svc.deleteFramework(db, contextOf(req), req.params.frameworkId); return reply.code(204).send(null); });

    app.get('/api/v1/frameworks/:frameworkId/export', { config: { access: PUBLIC }, schema: { tags, summary: 'Download a framework as JSON or CSV', params: s.frameworkParams, querystring: s.exportQuery } },
      async (req, reply) => {
        const file = await exportFramework(db, req.params.frameworkId, req.query.format);
        return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
      });

    app.get('/api/v1/frameworks/:frameworkId/links', { config: { access: PUBLIC }, schema: { tags, summary: 'Crosswalk links touching a framework, with who set each', params: s.frameworkParams, response: { 200: z.object({ items: z.array(linkView) }) } } },
      async (req) => ({
        items: (await repo.linksOfFramework(db, req.params.frameworkId)).map((l) => ({
          fromPriorityId: l.from_priority_id, toPriorityId: l.to_priority_id, fromFramework: l.from_framework, fromCode: l.from_code, toFramework: l.to_framework, toCode: l.to_code,
          fromTitleAr: l.from_title_ar, fromTitleEn: l.from_title_en, toTitleAr: l.to_title_ar, toTitleEn: l.to_title_en,
          createdBy: l.created_by, createdByName: l.created_by_name, createdAt: l.created_at,
        })),
      }));

    app.get('/api/v1/priorities', { config: { access: PUBLIC }, schema: { tags, summary: 'Search priorities (for tag pickers)', querystring: s.searchQuery } },
      async (req) => svc.searchPriorities(db, req.query.q, req.query.frameworkId, req.query.limit));

    app.post('/api/v1/priorities', { config: { access: admin }, schema: { tags, summary: 'Add a priority to a framework', body: s.createPriorityBody, response: { 201: priorityView } } },
      async (req, reply) => { reply.code(201); return svc.createPriority(db, contextOf(req), req.body); });

    app.get('/api/v1/priorities/:priorityId', { config: { access: PUBLIC }, schema: { tags, summary: 'A priority and the chain it rolls up to', params: s.priorityParams, response: { 200: z.object({ priority: priorityView, framework: frameworkView, chain: z.array(chainStep) }) } } },
      async (req) => svc.getPriorityWithChain(db, req.params.priorityId));

    app.patch('/api/v1/priorities/:priorityId', { config: { access: admin }, schema: { tags, summary: 'Edit a priority', params: s.priorityParams, body: s.updatePriorityBody, response: { 200: priorityView } } },
      async (req) => svc.updatePriority(db, contextOf(req), req.params.priorityId, req.body));

    app.delete('/api/v1/priorities/:priorityId', { config: { access: admin }, schema: { tags, summary: 'Delete a priority (no children, not in use)', params: s.priorityParams, response: noContent } },
      async (req, reply) => { await svc.deletePriority(db, contextOf(req), req.params.priorityId); return reply.code(204).send(null); });

    app.post('/api/v1/priority-links', { config: { access: admin }, schema: { tags, summary: 'Link a priority to one it contributes to', body: s.linkBody, response: { 201: z.object({ fromPriorityId: z.string(), toPriorityId: z.string(), createdBy: z.string() }) } } },
      async (req, reply) => { reply.code(201); return svc.addLink(db, contextOf(req), req.body.fromPriorityId, req.body.toPriorityId); });

    app.delete('/api/v1/priority-links', { config: { access: admin }, schema: { tags, summary: 'Remove a crosswalk link', querystring: s.linkQuery, response: noContent } },
      async (req, reply) => { await svc.removeLink(db, contextOf(req), req.query.fromPriorityId, req.query.toPriorityId); return reply.code(204).send(null); });
  };
}
