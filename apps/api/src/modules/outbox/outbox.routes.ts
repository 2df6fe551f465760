import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import { pageOf, pageQuery } from '../../platform/http/pagination.ts';
import type { Deps } from '../../platform/deps.ts';
import { browseOutbox } from './outbox.service.ts';

const messageView = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  kind: z.string(),
  locale: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
});

/** The mail outbox, readable by admins (how resets work when no SMTP server is configured). */
export function outboxRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/outbox',
      {
        config: { access: platform('admin') },
        schema: {
          tags: ['admin'],
          summary: 'Read the outgoing-mail outbox',
          querystring: pageQuery.extend({ to: z.string().max(254).optional() }),
          response: { 200: pageOf(messageView) },
        },
      },
      async (req) => {
        const { to, ...page } = req.query;
        return browseOutbox(deps.db, contextOf(req), to?.toLowerCase(), page);
      },
    );
  };
}
