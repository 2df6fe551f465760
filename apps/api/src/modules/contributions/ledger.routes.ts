import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC, USER, platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import * as s from './contributions.schemas.ts';
import { browseEntries, verifyLedger } from './verification.service.ts';
import { addRuleVersion, listRules } from './valuation.ts';
import { publicReceipt, receiptHtml, receiptPdf } from './receipts.service.ts';
import { createRecurring, listRecurring, setRecurringStatus } from './recurring.service.ts';
import * as funds from './funds.service.ts';
import { idempotencyKey } from './contributions.routes.ts';
import { allContributions } from './queries.service.ts';

const receiptParams = z.object({ receiptId: z.uuid() });

/** Ledger verification and browsing, valuation rules, receipts and monthly pledges. */
export function ledgerRoutes(deps: Deps, opts: { chromiumPath: string }): FastifyPluginAsyncZod {
  const { db, config } = deps;
  return async (app) => {
    app.get('/api/v1/admin/ledger/entries', { config: { access: platform('admin', 'verifier') }, schema: { tags: ['ledger'], summary: 'Ledger entries, newest first', querystring: s.entriesQuery } },
      async (req) => { const { contributionId, type, ...page } = req.query; return browseEntries(db, contextOf(req), { contributionId, type }, page); });

    app.get('/api/v1/admin/ledger/verification', { config: { access: platform('admin', 'verifier') }, schema: { tags: ['ledger'], summary: 'Re-compute the hash chain and run the consistency checks' } },
      async () => verifyLedger(db));

    app.get('/api/v1/admin/contributions', { config: { access: platform('admin', 'verifier') }, schema: { tags: ['ledger'], summary: 'All contributions (e.g. status=confirmed: waiting for verification)', querystring: s.listQuery } },
      async (req, reply) => {
        const r = await allContributions(db, req.query);
        if ('csv' in r) return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="contributions.csv"').send(r.csv);
        return r;
      });

    app.get('/api/v1/valuation-rules', { config: { access: PUBLIC }, schema: { tags: ['valuation'], summary: 'Valuation rules with every version and its source' } },
      async () => listRules(db));

    app.post('/api/v1/valuation-rules', { config: { access: platform('admin') }, schema: { tags: ['valuation'], summary: 'Add a new version of a rate from a date', body: s.ruleBody } },
      async (req, reply) => { reply.code(201); return addRuleVersion(db, contextOf(req), req.body); });

    app.get('/api/v1/receipts/:receiptId', { config: { access: USER }, schema: { tags: ['receipts'], summary: 'A receipt as a bilingual HTML page', params: receiptParams } },
      async (req, reply) => reply.type('text/html; charset=utf-8').send(await receiptHtml(db, config, contextOf(req), req.params.receiptId)));

    app.get('/api/v1/receipts/:receiptId/pdf', { config: { access: USER }, schema: { tags: ['receipts'], summary: 'A receipt as PDF (needs Chromium)', params: receiptParams } },
      async (req, reply) => {
        const pdf = await receiptPdf(db, config, contextOf(req), req.params.receiptId, opts.chromiumPath);
        return reply.type('application/pdf').header('content-disposition', `inline; filename="receipt-${req.params.receiptId}.pdf"`).send(pdf);
      });

    app.get('/api/v1/public/receipts/:token', { config: { access: PUBLIC }, schema: { tags: ['receipts'], summary: 'Check that a receipt is genuine (no private data)', params: z.object({ token: z.string().max(64) }) } },
      async (req) => publicReceipt(db, req.params.token));

    app.get('/api/v1/funds', { config: { access: PUBLIC }, schema: { tags: ['funds'], summary: 'Pooled funds open for giving (admins: includeClosed=true)', querystring: z.object({ includeClosed: z.enum(['true', 'false']).default('false') }) } },
      async (req) => funds.listFunds(db, req.query.includeClosed === 'true'));

    app.get('/api/v1/funds/:fundId', { config: { access: PUBLIC }, schema: { tags: ['funds'], summary: 'A fund with its totals', params: s.fundParams } },
      async (req) => funds.getFund(db, req.params.fundId));

    app.post('/api/v1/funds', { config: { access: platform('admin') }, schema: { tags: ['funds'], summary: 'Open a pooled fund', body: s.createFundBody } },
      async (req, reply) => { reply.code(201); return funds.createFund(db, contextOf(req), req.body); });

    app.patch('/api/v1/funds/:fundId', { config: { access: platform('admin') }, schema: { tags: ['funds'], summary: 'Edit or close a fund', params: s.fundParams, body: s.updateFundBody } },
      async (req) => funds.updateFund(db, contextOf(req), req.params.fundId, req.body));

    app.get('/api/v1/me/recurring-pledges', { config: { access: USER }, schema: { tags: ['contributions'], summary: 'My monthly pledges' } },
      async (req) => listRecurring(db, contextOf(req)));

    app.post('/api/v1/me/recurring-pledges', { config: { access: USER }, schema: { tags: ['contributions'], summary: 'Give monthly', body: s.recurringBody } },
      async (req, reply) => { reply.code(201); return createRecurring(db, contextOf(req), req.body, idempotencyKey(req)); });

    app.patch('/api/v1/me/recurring-pledges/:pledgeId', { config: { access: USER }, schema: { tags: ['contributions'], summary: 'Pause, resume or cancel a monthly pledge', params: s.recurringParams, body: s.recurringUpdateBody } },
      async (req) => setRecurringStatus(db, contextOf(req), req.params.pledgeId, req.body.status));
  };
}
