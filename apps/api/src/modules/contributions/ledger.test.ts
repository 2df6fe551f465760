import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ledgerCounts, liveInitiative, type LedgerFixture } from '../../../test/ledger.ts';
import { runLedgerChecks } from '../../../checks/ledger.ts';

const MONEY = { kind: 'money', titleEn: 'Food baskets', targetFils: 10_000_000, designations: ['zakat', 'sadaqah', 'general'] };
const GOODS = { kind: 'in_kind', item: 'School bags', quantity: 100, itemUnit: 'bags', estimatedValueFils: 4_500 };
const HOURS = { kind: 'time', targetHours: 500, roleEn: 'Guide' };
const EXPERT = { kind: 'expertise', targetHours: 40, skill: 'Accounting', level: 'senior' };

for (const dialect of dialects()) {
  describe(`contribution ledger (${dialect})`, () => {
    let t: TestApp;
    let f: LedgerFixture;
    let verifier: Awaited<ReturnType<TestApp['user']>>;
    let admin: Awaited<ReturnType<TestApp['user']>>;
    before(async () => {
      t = await createTestApp(dialect);
      admin = await t.user({ platformRole: 'admin' });
      verifier = await t.user({ platformRole: 'verifier' });
      f = await liveInitiative(t, { money: MONEY, goods: GOODS, hours: HOURS, expert: EXPERT });
    });
    after(async () => { await t.close(); });

    const pledge = (body: Record<string, unknown>, key?: string) =>
      f.donor.request('POST', '/api/v1/contributions', { needId: f.needs.money.id, kind: 'money', currency: 'AED', ...body }, key ? { 'idempotency-key': key } : {});
    const act = (who: typeof f.donor, id: string, body: Record<string, unknown>) => who.post(`/api/v1/contributions/${id}/transitions`, body);

    it('takes a money pledge through confirmation (with a reference), receipt and verification', async () => {
      const p = await pledge({ quantity: 25_000, designation: 'zakat', visibility: 'public', method: 'bank_transfer' });
      assert.equal(p.status, 201, JSON.stringify(p.body));
      assert.equal(p.body.status, 'pledged');
      assert.equal(p.body.valueFils, 25_000);
      const detail = await f.donor.get(`/api/v1/contributions/${p.body.id}`);
      assert.match(detail.body.paymentInstructions.ar, /حوّل المبلغ/);
      assert.match(detail.body.paymentInstructions.en, new RegExp(p.body.id.slice(0, 8)));
      assert.equal((await act(f.donor, p.body.id, { action: 'confirm', reference: 'X' })).status, 403, 'a contributor cannot confirm their own gift');
      assert.equal((await act(f.member, p.body.id, { action: 'confirm', reference: 'X' })).status, 403, 'plain members cannot confirm');
      const stranger = await t.user();
      assert.equal((await act(stranger, p.body.id, { action: 'confirm', reference: 'X' })).status, 404);
      const noRef = await act(f.finance, p.body.id, { action: 'confirm' });
      assert.equal(noRef.status, 400);
      assert.equal(noRef.body.error.details.fields[0].code, 'validation.reference_required');
      const ok = await act(f.finance, p.body.id, { action: 'confirm', reference: 'ENBD-TRX-0001', method: 'bank_transfer' });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.status, 'confirmed');
      assert.equal(ok.body.receipt.number, 1);
      assert.equal((await act(f.finance, p.body.id, { action: 'confirm', reference: 'again' })).body.error.code, 'contribution.invalid_transition');
      assert.equal((await act(f.finance, p.body.id, { action: 'verify' })).status, 403, 'verification is for platform verifiers');
      assert.equal((await act(verifier, p.body.id, { action: 'verify' })).body.status, 'verified');
      const second = await pledge({ quantity: 10_000 });
      const c2 = await act(f.owner, second.body.id, { action: 'confirm', reference: 'CASH-2', method: 'cash' });
      assert.equal(c2.body.receipt.number, 2, 'receipt numbers run on per organisation');
    });

    it('moves money between accounts in balanced postings, and back on refund', async () => {
      const p = await pledge({ quantity: 40_000, designation: 'sadaqah' });
      await act(f.finance, p.body.id, { action: 'confirm', reference: 'R-40' });
      const acc = async () => Object.fromEntries((await admin.get('/api/v1/admin/ledger/accounts')).body.items.map((a: any) => [a.account, a.balanceFils]));
      const before = await acc();
      assert.ok(before[`need:${f.needs.money.id}`] >= 40_000);
      assert.ok(before[`contributor:user:${f.donor.userId}`] <= -40_000);
      assert.equal((await act(f.finance, p.body.id, { action: 'refund' })).status, 400, 'a refund needs a reason');
      const r = await act(f.finance, p.body.id, { action: 'refund', reason: 'Donor asked for it back' });
      assert.equal(r.body.status, 'refunded');
      const afterRefund = await acc();
      assert.equal(afterRefund[`need:${f.needs.money.id}`], before[`need:${f.needs.money.id}`] - 40_000);
      assert.equal(afterRefund[`contributor:user:${f.donor.userId}`], before[`contributor:user:${f.donor.userId}`] + 40_000);
      assert.equal((await act(f.finance, p.body.id, { action: 'refund', reason: 'twice' })).body.error.code, 'contribution.invalid_transition');
      assert.deepEqual(await runLedgerChecks(t.db), []);
    });

    it('lets a contributor cancel a pledge, and an admin reverse a confirmed gift', async () => {
      const p = await pledge({ quantity: 5_000 });
      assert.equal((await act(f.donor, p.body.id, { action: 'cancel' })).body.status, 'cancelled');
      const q = await pledge({ quantity: 7_000 });
      await act(f.finance, q.body.id, { action: 'confirm', reference: 'R-7' });
      assert.equal((await act(f.finance, q.body.id, { action: 'reverse', reason: 'typo' })).status, 403, 'reversal is an admin correction');
      assert.equal((await act(admin, q.body.id, { action: 'reverse', reason: 'Recorded against the wrong need' })).body.status, 'reversed');
      const entries = await admin.get(`/api/v1/admin/ledger/entries?contributionId=${q.body.id}`);
      assert.deepEqual(entries.body.items.map((e: any) => e.type).reverse(), ['contribution.pledged', 'contribution.confirmed', 'contribution.reversed']);
      assert.deepEqual(await runLedgerChecks(t.db), []);
    });

    it('values goods at the pledged estimate and records a corrected value with its reason', async () => {
      const g = await f.donor.post('/api/v1/contributions', { needId: f.needs.goods.id, kind: 'in_kind', quantity: 20 });
      assert.equal(g.body.valueFils, 20 * 4_500);
      assert.equal(g.body.valuationBasis, 'declared');
      assert.equal((await act(f.finance, g.body.id, { action: 'confirm', valueFils: 60_000 })).status, 400, 'a correction needs a reason');
      const c = await act(f.finance, g.body.id, { action: 'confirm', valueFils: 60_000, reason: 'Bags were a cheaper model' });
      assert.equal(c.body.status, 'confirmed');
      assert.equal(c.body.valueFils, 60_000);
      const types = (await admin.get(`/api/v1/admin/ledger/entries?contributionId=${g.body.id}`)).body.items.map((e: any) => e.type).reverse();
      assert.deepEqual(types, ['contribution.pledged', 'contribution.value_corrected', 'contribution.confirmed']);
      assert.ok(c.body.receipt, 'goods get a receipt too');
      const html = await f.donor.get(`/api/v1/receipts/${c.body.receipt.id}`);
      const token = /verify\/receipts\/([0-9a-f]{32})/.exec(html.body)![1];
      assert.deepEqual((await t.client().get(`/api/v1/public/receipts/${token}`)).body.item, { name: 'School bags', unit: 'bags' });
    });

    it('values hours and expertise with the rule in force, and keeps the old version for old entries', async () => {
      const h = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.hours.id, kind: 'time', quantity: 10, contributorUserId: f.donor.userId });
      assert.equal(h.status, 201, JSON.stringify(h.body));
      assert.equal(h.body.valueFils, 10 * 7_200, 'AED 72 an hour');
      const e = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.expert.id, kind: 'expertise', quantity: 4, contributorUserId: f.donor.userId });
      assert.equal(e.body.valueFils, 4 * 40_000, 'senior expertise at AED 400 an hour');
      const today = new Date().toISOString().slice(0, 10);
      const v = await admin.post('/api/v1/valuation-rules', { kind: 'time', level: null, rateFils: 8_000, source: 'Updated figure', effectiveFrom: today });
      assert.equal(v.status, 201);
      assert.equal(v.body.version, 2);
      const h2 = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.hours.id, kind: 'time', quantity: 10, contributorUserId: f.donor.userId });
      assert.equal(h2.body.valueFils, 80_000);
      assert.notEqual(h2.body.valuationRuleId, h.body.valuationRuleId);
      const old = await f.donor.get(`/api/v1/contributions/${h.body.id}`);
      assert.equal(old.body.valueFils, 72_000, 'changing a rate never rewrites history');
      assert.equal((await f.member.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.hours.id, kind: 'time', quantity: 1 })).status, 403);
      // A hand-typed reference may not pose as a verified record (those make hours idempotent).
      const posing = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.hours.id, kind: 'time', quantity: 2, contributorUserId: f.donor.userId, reference: 'Attendance:1234' });
      assert.equal(posing.status, 400);
      assert.equal(posing.body.error.details.fields[0].code, 'validation.reserved_reference');
    });

    it('refuses bad contributions with 400 or 409 and writes nothing', async () => {
      const closedNeedInit = await liveInitiative(t, { m: MONEY });
      await closedNeedInit.owner.post(`/api/v1/initiatives/${closedNeedInit.initiativeId}/transitions`, { action: 'close' });
      const before = await ledgerCounts(t);
      const bad: [Record<string, unknown>, number, string][] = [
        [{ quantity: -100 }, 400, 'validation.failed'],
        [{ quantity: 0 }, 400, 'validation.failed'],
        [{ quantity: 10.5 }, 400, 'validation.failed'],
        [{ quantity: 1000, currency: 'USD' }, 400, 'validation.failed'],
        [{ quantity: 1000, currency: undefined }, 400, 'validation.failed'],
        [{ quantity: 1000, needId: '00000000-0000-4000-8000-000000000000' }, 400, 'validation.failed'],
        [{ quantity: 1000, needId: closedNeedInit.needs.m.id }, 409, 'contribution.initiative_not_open'],
        [{ quantity: 1000, designation: 'waqf' }, 409, 'contribution.designation_not_accepted'],
        [{ quantity: 1000, needId: f.needs.goods.id }, 409, 'contribution.kind_not_accepted'],
        [{ quantity: 1000, needId: f.needs.hours.id, kind: 'time' }, 409, 'contribution.kind_not_pledgeable'],
        [{ quantity: 999_999_999 }, 409, 'contribution.over_target'],
      ];
      for (const [body, status, code] of bad) {
        const r = await pledge(body);
        assert.equal(r.status, status, `${JSON.stringify(body)} → ${JSON.stringify(r.body)}`);
        assert.equal(r.body.error.code, code);
      }
      assert.equal(await ledgerCounts(t), before);
    });

    it('shows progress and totals from the ledger, and "my contributions" with CSV export', async () => {
      const detail = await t.client().get(`/api/v1/initiatives/${f.initiativeId}`);
      const money = detail.body.needs.find((n: any) => n.kind === 'money');
      assert.ok(money.progress.confirmed > 0);
      assert.ok(money.progress.pledged >= 0);
      assert.equal(money.progress.percent, Math.floor((money.progress.confirmed * 100) / money.target));
      const totals = await t.client().get(`/api/v1/initiatives/${f.initiativeId}/totals`);
      assert.ok(totals.body.byKind.money.confirmedValueFils > 0);
      assert.ok(totals.body.byDesignation.zakat.confirmedFils >= 25_000, 'designations are kept apart');
      assert.ok(totals.body.byKind.time.confirmed >= 20);
      const mine = await f.donor.get('/api/v1/me/contributions?pageSize=5');
      assert.ok(mine.body.total >= 5);
      assert.equal(mine.body.items.length, 5);
      assert.ok(mine.body.totals.byKind.money);
      const zakat = await f.donor.get('/api/v1/me/contributions?designation=zakat');
      assert.ok(zakat.body.items.every((c: any) => c.designation === 'zakat'));
      const csv = await f.donor.get('/api/v1/me/contributions?format=csv');
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      const lines = String(csv.body).trim().split('\n');
      assert.match(lines[0]!, /date,status,kind,quantity,unit,value_aed,designation/);
      assert.equal(lines.length - 1, mine.body.total);
      const pub = await t.client().get(`/api/v1/initiatives/${f.initiativeId}/contributions?pageSize=100`);
      const named = pub.body.items.filter((c: any) => c.contributor.name);
      assert.ok(named.every((c: any) => c.visibility === 'public'), 'names only for public contributions');
      assert.ok(pub.body.items.every((c: any) => c.reference === null && c.contributor.userId === null));
    });

    it('keeps evidence files with a contribution, visible only to those involved', async () => {
      const p = await pledge({ quantity: 3_000 });
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
      const up = await f.finance.request('POST', `/api/v1/contributions/${p.body.id}/evidence`, png, { 'content-type': 'image/png' });
      assert.equal(up.status, 201, JSON.stringify(up.body));
      const pdf = await f.donor.request('POST', `/api/v1/contributions/${p.body.id}/evidence`, Buffer.from('%PDF-1.4\n% bank slip\n'), { 'content-type': 'application/pdf' });
      assert.equal(pdf.status, 201);
      assert.equal((await f.donor.request('POST', `/api/v1/contributions/${p.body.id}/evidence`, Buffer.from('MZ not a pdf'), { 'content-type': 'application/pdf' })).status, 400);
      const detail = await f.donor.get(`/api/v1/contributions/${p.body.id}`);
      assert.deepEqual(detail.body.evidence.map((e: any) => e.contentType), ['image/png', 'application/pdf']);
      const file = await t.app.inject({ method: 'GET', url: up.body.url, headers: { cookie: f.donor.cookie! } });
      assert.ok(file.rawPayload.equals(png));
      const stranger = await t.user();
      assert.equal((await stranger.get(up.body.url)).status, 404);
      assert.equal((await stranger.request('POST', `/api/v1/contributions/${p.body.id}/evidence`, png, { 'content-type': 'image/png' })).status, 404);
    });

    it('proves a receipt genuine in public without revealing who gave', async () => {
      const p = await pledge({ quantity: 12_345, visibility: 'private' });
      const c = await act(f.finance, p.body.id, { action: 'confirm', reference: 'R-12345' });
      const html = await f.donor.get(`/api/v1/receipts/${c.body.receipt.id}`);
      assert.equal(html.status, 200);
      assert.match(html.body, /إيصال مساهمة رقم/);
      assert.match(html.body, /Contribution receipt No\./);
      assert.match(html.body, /<svg/);
      assert.equal((await (await t.user()).get(`/api/v1/receipts/${c.body.receipt.id}`)).status, 404);
      const token = /verify\/receipts\/([0-9a-f]{32})/.exec(html.body)![1];
      const check = await t.client().get(`/api/v1/public/receipts/${token}`);
      assert.equal(check.status, 200);
      assert.equal(check.body.genuine, true);
      assert.equal(check.body.valueFils, 12_345);
      assert.ok(!JSON.stringify(check.body).includes('Generous Donor'));
      assert.equal((await t.client().get('/api/v1/public/receipts/0123456789abcdef0123456789abcdef')).status, 404);
    });

    it('counts confirmed giving of every kind in the public summary', async () => {
      const s = await t.client().get('/api/v1/impact/summary');
      assert.equal(s.status, 200);
      assert.ok(s.body.moneyFils > 0);
      assert.ok(s.body.volunteerHours >= 20);
      assert.ok(s.body.expertiseHours >= 4);
      assert.ok(s.body.confirmedValueFils >= s.body.moneyFils + s.body.volunteerHours * 7_200);
      assert.ok(s.body.contributors >= 1);
    });

    it('keeps every consistency check green after all of the above', async () => {
      const v = await admin.get('/api/v1/admin/ledger/verification');
      assert.equal(v.status, 200);
      assert.equal(v.body.ok, true, JSON.stringify(v.body));
      assert.ok(v.body.chain.entries > 10);
      assert.ok(v.body.checks.all.length >= 7 && v.body.checks.all.every((c: any) => c.passed && c.description));
      const waiting = await verifier.get('/api/v1/admin/contributions?status=confirmed&pageSize=100');
      assert.ok(waiting.body.total > 0 && waiting.body.items.every((c: any) => c.status === 'confirmed'), 'verifiers see what awaits verification');
      assert.equal((await f.donor.get('/api/v1/admin/contributions')).status, 403);
      assert.equal((await f.finance.get('/api/v1/admin/ledger/verification')).status, 403);
    });
  });
}

for (const dialect of dialects()) {
  describe(`pooled funds (${dialect})`, () => {
    let t: TestApp;
    let f: LedgerFixture;
    let admin: Awaited<ReturnType<TestApp['user']>>;
    let fundId: string;
    before(async () => {
      t = await createTestApp(dialect);
      admin = await t.user({ platformRole: 'admin' });
      f = await liveInitiative(t, { money: MONEY });
      const r = await admin.post('/api/v1/funds', { code: 'most-needed', nameAr: 'صندوق الأكثر حاجة', nameEn: 'Where most needed', designations: ['zakat', 'general'], managingOrganisationId: f.orgId });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      fundId = r.body.id;
    });
    after(async () => { await t.close(); });

    it('lets only admins open funds, managed by a verified organisation', async () => {
      assert.equal((await f.donor.post('/api/v1/funds', { code: 'x-fund', nameAr: 'صندوق', nameEn: 'Fund', designations: ['general'], managingOrganisationId: f.orgId })).status, 403);
      assert.equal((await admin.post('/api/v1/funds', { code: 'most-needed', nameAr: 'صندوق', nameEn: 'Fund', designations: ['general'], managingOrganisationId: f.orgId })).body.error.code, 'fund.code_taken');
      const list = await t.client().get('/api/v1/funds');
      assert.deepEqual(list.body.items.map((x: any) => x.code), ['most-needed']);
    });

    it('takes gifts to a fund through the same ledger: pledge, confirm by its organisation, postings to the fund', async () => {
      const p = await f.donor.post('/api/v1/contributions', { fundId, kind: 'money', quantity: 30_000, currency: 'AED', designation: 'zakat' });
      assert.equal(p.status, 201, JSON.stringify(p.body));
      assert.equal(p.body.fund.nameEn, 'Where most needed');
      assert.equal(p.body.needId, null);
      assert.equal((await f.donor.post('/api/v1/contributions', { fundId, kind: 'money', quantity: 100, currency: 'AED', designation: 'waqf' })).body.error.code, 'contribution.designation_not_accepted');
      assert.equal((await f.donor.post('/api/v1/contributions', { fundId, needId: f.needs.money.id, kind: 'money', quantity: 100, currency: 'AED' })).status, 400, 'one target only');
      const c = await f.finance.post(`/api/v1/contributions/${p.body.id}/transitions`, { action: 'confirm', reference: 'FUND-1' });
      assert.equal(c.body.status, 'confirmed');
      assert.ok(c.body.receipt);
      const fund = await t.client().get(`/api/v1/funds/${fundId}`);
      assert.equal(fund.body.totals.byDesignation.zakat.confirmedFils, 30_000);
      const accounts = await admin.get('/api/v1/admin/ledger/accounts');
      assert.equal(accounts.body.items.find((a: any) => a.account === `fund:${fundId}`).balanceFils, 30_000);
      const receipt = await f.donor.get(`/api/v1/receipts/${c.body.receipt.id}`);
      assert.match(receipt.body, /Where most needed/);
      assert.deepEqual(await runLedgerChecks(t.db), []);
    });

    it('refuses gifts to a closed fund and writes nothing', async () => {
      await admin.patch(`/api/v1/funds/${fundId}`, { status: 'closed' });
      const before = await ledgerCounts(t);
      const r = await f.donor.post('/api/v1/contributions', { fundId, kind: 'money', quantity: 1_000, currency: 'AED', designation: 'general' });
      assert.equal(r.status, 409);
      assert.equal(r.body.error.code, 'contribution.initiative_not_open');
      assert.equal(await ledgerCounts(t), before);
      assert.deepEqual((await t.client().get('/api/v1/funds')).body.items, []);
    });
  });
}

describe('receipt PDF', () => {
  it('prints the receipt with Chromium, or says which package is missing', async () => {
    const fs = await import('node:fs');
    const haveChromium = fs.existsSync('/usr/bin/chromium');
    for (const chromium of haveChromium ? ['/usr/bin/chromium', '/nonexistent/chromium'] : ['/nonexistent/chromium']) {
      const t = await createTestApp('sqlite', { env: { CHROMIUM_PATH: chromium } });
      try {
        const f = await liveInitiative(t, { money: MONEY });
        const p = await f.donor.post('/api/v1/contributions', { needId: f.needs.money.id, kind: 'money', quantity: 10_000, currency: 'AED' });
        const c = await f.finance.post(`/api/v1/contributions/${p.body.id}/transitions`, { action: 'confirm', reference: 'PDF-1' });
        const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/receipts/${c.body.receipt.id}/pdf`, headers: { cookie: f.donor.cookie! } });
        if (chromium === '/usr/bin/chromium') {
          assert.equal(pdf.statusCode, 200);
          assert.equal(pdf.headers['content-type'], 'application/pdf');
          assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
        } else {
          assert.equal(pdf.statusCode, 503);
          assert.equal(pdf.json().error.code, 'receipt.pdf_unavailable');
          assert.match(pdf.json().error.message, /apt-get install chromium/);
        }
      } finally {
        await t.close();
      }
    }
  });
});
