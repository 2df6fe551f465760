import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type HTTPMethods } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Db } from './platform/db/database.ts';
import type { Deps } from './platform/deps.ts';
import { PUBLIC, type Access } from './platform/http/access.ts';
import { registerAuth } from './platform/http/auth.ts';
import { registerErrorHandler } from './platform/http/error-handler.ts';
import { loggerOptions } from './platform/logger.ts';
import { createMailer, type Mailer } from './platform/mail/mailer.ts';
import { EventBus } from './platform/events.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { authRoutes, createActorResolver, meRoutes } from './modules/identity/index.ts';
import { memberRoutes, organisationRoutes } from './modules/organisations/index.ts';
import { outboxRoutes } from './modules/outbox/index.ts';
import { priorityRoutes } from './modules/priorities/index.ts';
import { initiativeRoutes } from './modules/initiatives/index.ts';
import { LedgerWriter, contributionsModule } from './modules/contributions/index.ts';
import { volunteeringModule } from './modules/volunteering/index.ts';
import { knowledgeModule } from './modules/knowledge/index.ts';
import { recognitionModule } from './modules/recognition/index.ts';
import { systemRoutes } from './modules/system/index.ts';

/** One registered API route and who may call it (the route-policy test walks this list). */
export interface CatalogueEntry {
  method: string;
  url: string;
  access: Access;
  /** Whether the route validates a JSON body (the bad-input test covers each such route). */
  hasBody: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeCatalogue: CatalogueEntry[];
    /** The one ledger write queue of this process (jobs and benchmarks use it too). */
    ledgerWriter: LedgerWriter;
    /** The mailer routes deliver the outbox with; the scheduler uses it too. */
    mailer: Mailer;
  }
}

export interface BuildOptions {
  config: Config;
  db: Db;
  mailer?: Mailer;
  /** Serve the built web app from this folder (defaults to apps/web/dist when it exists). */
  webDist?: string | null;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIST = path.resolve(here, '../../web/dist');

/** Builds the whole application: platform plugins, every module, and the web app. Tests use it too. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config, db } = opts;
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: 256 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.env === 'production',
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // The API speaks JSON only; anything else is 415 rather than a string that fails validation.
  app.removeContentTypeParser('text/plain');

  app.decorate('routeCatalogue', [] as CatalogueEntry[]);
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api')) return;
    if (url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), access: PUBLIC };
    const access = route.config?.access;
    // A route without a declared policy must never be served: fail the build (and every test).
    if (!access) throw new Error(`Route ${String(route.method)} ${url} declares no access policy (config.access).`);
    for (const method of ([] as HTTPMethods[]).concat(route.method as HTTPMethods | HTTPMethods[])) {
      app.routeCatalogue.push({ method, url, access, hasBody: !!route.schema?.body });
    }
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes at run time; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.cookieSecure,
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Ataa API', version: '1', description: 'Community contributions: money, time, expertise, knowledge and in-kind giving. Errors: `{ error: { code, message, details } }`.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ataa_session' },
          token: { type: 'http', scheme: 'bearer', description: 'Personal-access token (ataa_pat_…)' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerErrorHandler(app);
  registerAuth(app, createActorResolver(db));

  const deps: Deps = { db, config, mailer: opts.mailer ?? createMailer(config.smtpUrl, config.mailFrom), log: app.log, events: new EventBus() };
  for (const routes of [systemRoutes, authRoutes, meRoutes, organisationRoutes, memberRoutes, auditRoutes, outboxRoutes, priorityRoutes, initiativeRoutes]) {
    await app.register(routes(deps));
  }
  const writer = new LedgerWriter(db);
  app.decorate('ledgerWriter', writer);
  app.decorate('mailer', deps.mailer);
  await app.register(contributionsModule(deps, writer, { chromiumPath: config.chromiumPath }));
  await app.register(volunteeringModule(deps, writer));
  await app.register(knowledgeModule(deps, writer));
  await app.register(recognitionModule(deps, { chromiumPath: config.chromiumPath }));
  if (config.benchRoutes) {
    // The baseline `npm run bench` measures the ledger write path against: same stack, no work.
    app.post('/api/v1/bench/noop', { config: { access: PUBLIC } }, async (_req, reply) => reply.code(201).send({ ok: true }));
  }

  const dist = opts.webDist === undefined ? DEFAULT_WEB_DIST : opts.webDist;
  const hasWeb = !!dist && fs.existsSync(path.join(dist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: dist!, wildcard: false, index: false });

  app.setNotFoundHandler((req, reply) => {
    // Missing build files (e.g. an old chunk after a redeploy) are a 404, not the app's HTML.
    if (req.url.startsWith('/api') || req.url.startsWith('/assets/') || req.method !== 'GET' || !hasWeb) {
      return reply.code(404).send({ error: { code: 'route.not_found', message: `No route ${req.method} ${req.url.split('?')[0]}.`, details: null } });
    }
    // Client-side routes: every other GET gets the single-page app.
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app;
}
