import { z } from 'zod';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import * as evidence from './evidence.service.ts';
import type { FastifyRequest } from 'fastify';
import { PUBLIC, USER, orgRole, platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { ValidationError } from '../../platform/errors.ts';
import type { Deps } from '../../platform/deps.ts';
import { setProgressSource } from '../initiatives/index.ts';
import * as s from './contributions.schemas.ts';
import * as svc from './contributions.service.ts';
import * as queries from './queries.service.ts';
import { LedgerWriter } from './ledger-writer.ts';

/** The optional Idempotency-Key header: printable ASCII, at most 200 characters. */
export function idempotencyKey(req: FastifyRequest): string | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ValidationError('Idempotency-Key must be 1–200 printable characters.', { fields: [{ path: 'Idempotency-Key', code: 'validation.invalid_format', message: 'Bad Idempotency-Key.' }] });
  }
  return key;
}

const orgParams = z.object({ orgId: z.uuid() });
const initiativeParams = z.object({ initiativeId: z.uuid() });

/** Pledges, recorded receipts, state changes and the lists and totals read from the ledger. */
export function contributionRoutes(deps: Deps, writer: LedgerWriter): FastifyPluginAsyncZod {
  const { db } = deps;
  setProgressSource(queries.needProgress);
  return async (app) => {
    const tags = ['contributions'];
    const send = (reply: { code(n: number): unknown }, a: svc_Answer) => { reply.code(a.status); return a.body; };

    app.post('/api/v1/contributions', {
      config: { access: USER },
      schema: { tags, summary: 'Pledge money or goods to a need (accepts an Idempotency-Key header)', body: s.pledgeBody },
    }, async (req, reply) => send(reply, await svc.pledge(writer, contextOf(req), req.body, idempotencyKey(req))));

    app.post('/api/v1/organisations/:orgId/contributions', {
      config: { access: orgRole('finance') },
      schema: { tags, summary: 'Record a contribution the organisation received (starts confirmed)', params: orgParams, body: s.recordBody },
    }, async (req, reply) => send(reply, await svc.record(writer, contextOf(req), req.params.orgId, req.body, idempotencyKey(req))));

    app.post('/api/v1/contributions/:contributionId/transitions', {
      config: { access: USER },
      schema: { tags, summary: 'Confirm, verify, cancel, refund, reverse or correct the value of a contribution', params: s.contributionParams, body: s.transitionBody },
    }, async (req, reply) => send(reply, await svc.transition(writer, contextOf(req), req.params.contributionId, req.body, idempotencyKey(req))));

    app.get('/api/v1/contributions/:contributionId', {
      config: { access: USER },
      schema: { tags, summary: 'One contribution (its contributor, the organisations involved, staff)', params: s.contributionParams },
    }, async (req) => svc.getContribution(db, contextOf(req), req.params.contributionId));

    app.get('/api/v1/contributions/:contributionId/evidence/:evidenceId', {
      config: { access: USER },
      schema: { tags, summary: 'One evidence file of a contribution', params: z.object({ contributionId: z.uuid(), evidenceId: z.uuid() }) },
    }, async (req, reply) => {
      const f = await evidence.getEvidence(db, contextOf(req), req.params.contributionId, req.params.evidenceId);
      return reply.type(f.content_type).header('cache-control', 'private, max-age=3600').header('x-content-type-options', 'nosniff').send(f.data);
    });

    // Evidence arrives as the raw bytes of the file, like cover images.
    await app.register(async (plain) => {
      const files = plain.withTypeProvider<ZodTypeProvider>();
      files.addContentTypeParser([...evidence.EVIDENCE_TYPES], { parseAs: 'buffer', bodyLimit: evidence.MAX_EVIDENCE_BYTES }, (_req, body, done) => done(null, body));
      files.post('/api/v1/contributions/:contributionId/evidence', {
        config: { access: USER },
        schema: { tags, summary: 'Attach evidence (PNG, JPEG, WebP or PDF, ≤ 5 MB; raw body)', params: s.contributionParams },
      }, async (req, reply) => { reply.code(201); return evidence.addEvidence(db, contextOf(req), req.params.contributionId, String(req.headers['content-type'] ?? ''), req.body as Buffer); });
    });

    app.get('/api/v1/me/contributions', {
      config: { access: USER },
      schema: { tags, summary: 'My contributions with totals by kind and designation (format=csv to export)', querystring: s.listQuery },
    }, async (req, reply) => {
      const r = await queries.myContributions(db, contextOf(req), req.query);
      if ('csv' in r) return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="my-contributions.csv"').send(r.csv);
      return r;
    });

    app.get('/api/v1/organisations/:orgId/contributions', {
      config: { access: orgRole('member', 'admin', 'verifier') },
      schema: { tags, summary: "An organisation's contributions received or given (format=csv to export)", params: orgParams, querystring: s.orgListQuery },
    }, async (req, reply) => {
      const { direction, ...q } = req.query;
      const r = await queries.organisationContributions(db, contextOf(req), req.params.orgId, direction, q);
      if ('csv' in r) return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="contributions-${direction}.csv"`).send(r.csv);
      return r;
    });

    app.get('/api/v1/initiatives/:initiativeId/contributions', {
      config: { access: PUBLIC },
      schema: { tags, summary: 'Public list of confirmed contributions to an initiative', params: initiativeParams, querystring: pageQuery },
    }, async (req) => queries.initiativeContributions(db, req.params.initiativeId, req.query));

    app.get('/api/v1/initiatives/:initiativeId/totals', {
      config: { access: PUBLIC },
      schema: { tags, summary: 'An initiative’s totals from the ledger, by kind and designation', params: initiativeParams },
    }, async (req) => queries.initiativeTotals(db, req.params.initiativeId));

    app.get('/api/v1/impact/summary', {
      config: { access: PUBLIC },
      schema: { tags, summary: 'Live public counters: confirmed value, hours, contributors' },
    }, async () => queries.publicSummary(db));

    app.get('/api/v1/admin/ledger/accounts', {
      config: { access: platform('admin', 'verifier') },
      schema: { tags: ['ledger'], summary: 'Account balances of the double-entry books' },
    }, async () => ({ items: (await db.selectFrom('accounts').selectAll().orderBy('account').limit(1000).execute()).map((a) => ({ account: a.account, balanceFils: Number(a.balance_fils), currency: a.currency })) }));
  };
}

type svc_Answer = Awaited<ReturnType<typeof svc.pledge>>;
