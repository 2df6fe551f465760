import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EMIRATES, LOCALES, MEMBER_ROLES, ORGANISATION_TYPES, PLATFORM_ROLES, TOKEN_SCOPES } from '../../../../../packages/shared/src/index.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { ping } from '../../platform/db/database.ts';
import { migrationsAreCurrent } from '../../platform/db/migrate.ts';
import type { Deps } from '../../platform/deps.ts';

/** Liveness, readiness, the OpenAPI document and the enumerations the UI needs. */
export function systemRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/health', {
      config: { access: PUBLIC },
      schema: { tags: ['system'], summary: 'Liveness: the process answers', response: { 200: z.object({ status: z.literal('ok') }) } },
    }, async () => ({ status: 'ok' as const }));

    app.get('/api/ready', {
      config: { access: PUBLIC },
      schema: {
        tags: ['system'],
        summary: 'Readiness: the database answers and migrations are current',
        response: { 200: z.object({ status: z.literal('ready'), dialect: z.string() }), 503: z.object({ status: z.literal('unavailable'), database: z.boolean(), migrations: z.boolean() }) },
      },
    }, async (_req, reply) => {
      const database = await ping(deps.db);
      const migrations = database && (await migrationsAreCurrent(deps.db).catch(() => false));
      if (database && migrations) return { status: 'ready' as const, dialect: deps.config.database.dialect };
      return reply.code(503).send({ status: 'unavailable' as const, database, migrations });
    });

    app.get('/api/openapi.json', {
      config: { access: PUBLIC },
      schema: { hide: true },
    }, async () => app.swagger());

    app.get('/api/v1/meta', {
      config: { access: PUBLIC },
      schema: {
        tags: ['system'],
        summary: 'Enumerations used by forms',
        response: {
          200: z.object({
            organisationTypes: z.array(z.string()),
            emirates: z.array(z.string()),
            memberRoles: z.array(z.string()),
            platformRoles: z.array(z.string()),
            tokenScopes: z.array(z.string()),
            locales: z.array(z.string()),
          }),
        },
      },
    }, async () => ({
      organisationTypes: [...ORGANISATION_TYPES],
      emirates: [...EMIRATES],
      memberRoles: [...MEMBER_ROLES],
      platformRoles: [...PLATFORM_ROLES],
      tokenScopes: [...TOKEN_SCOPES],
      locales: [...LOCALES],
    }));
  };
}
