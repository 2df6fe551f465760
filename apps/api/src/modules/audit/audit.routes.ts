import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import { pageOf, pageQuery } from '../../platform/http/pagination.ts';
import type { Deps } from '../../platform/deps.ts';
import { browseAuditLog } from './audit.service.ts';
import { auditEventView } from './audit.presenter.ts';

const filterQuery = pageQuery.extend({
  actorUserId: z.string().max(64).optional(),
  organisationId: z.string().max(64).optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(64).optional(),
  from: z.iso.datetime().or(z.iso.date()).optional(),
  to: z.iso.datetime().or(z.iso.date()).optional(),
});

/** The audit log browser for admins and verifiers. */
export function auditRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/audit-events',
      {
        config: { access: platform('admin', 'verifier') },
        schema: {
          tags: ['audit'],
          summary: 'Browse the append-only audit log',
          querystring: filterQuery,
          response: { 200: pageOf(auditEventView).extend({ actions: z.array(z.string()) }) },
        },
      },
      async (req) => {
        const { page, pageSize, ...filter } = req.query;
        return browseAuditLog(deps.db, contextOf(req), filter, { page, pageSize });
      },
    );
  };
}
