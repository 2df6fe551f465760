// Concurrency and tamper evidence: idempotent retries, exact caps, the hash chain and daily roots.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { liveInitiative, type LedgerFixture } from '../../../test/ledger.ts';
import { buildApp } from '../../app.ts';
import { createDb } from '../../platform/db/database.ts';
import { Client } from '../../../test/http.ts';
import { runLedgerChecks } from '../../../checks/ledger.ts';
import { recordDailyRoots, runDueRecurring, verifyLedger } from './index.ts';
import { nextMonth } from './recurring.service.ts';

for (const dialect of dialects()) {
  describe(`ledger integrity under concurrency (${dialect})`, () => {
    let t: TestApp;
    let f: LedgerFixture;
    before(async () => {
      t = await createTestApp(dialect);
      f = await liveInitiative(t, {
        money: { kind: 'money', targetFils: 100_000_000, designations: ['general'] },
        capped: { kind: 'money', targetFils: 100_000, designations: ['general'], capMode: 'reject' },
        partial: { kind: 'money', targetFils: 10_000, designations: ['general'], capMode: 'cap' },
      });
    });
    after(async () => { await t.close(); });

    it('replays the first answer for a repeated Idempotency-Key and refuses it for another body', async () => {
      const body = { needId: f.needs.money.id, kind: 'money', quantity: 1_500, currency: 'AED' };
      const a = await f.donor.request('POST', '/api/v1/contributions', body, { 'idempotency-key': 'pledge-seq-1' });
      const b = await f.donor.request('POST', '/api/v1/contributions', body, { 'idempotency-key': 'pledge-seq-1' });
      assert.equal(a.status, 201);
      assert.equal(b.status, 201);
      assert.deepEqual(b.body, a.body);
      const c = await f.donor.request('POST', '/api/v1/contributions', { ...body, quantity: 1_600 }, { 'idempotency-key': 'pledge-seq-1' });
      assert.equal(c.status, 409);
      assert.equal(c.body.error.code, 'idempotency.key_reused');
      const other = await f.member.request('POST', '/api/v1/contributions', body, { 'idempotency-key': 'pledge-seq-1' });
      assert.equal(other.status, 201, 'keys belong to one person');
      assert.notEqual(other.body.id, a.body.id);
    });

    it('creates exactly one entry for 50 concurrent requests with the same key', async () => {
      const before = await t.db.selectFrom('contributions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const body = { needId: f.needs.money.id, kind: 'money', quantity: 700, currency: 'AED' };
      const answers = await Promise.all(Array.from({ length: 50 }, () => f.donor.request('POST', '/api/v1/contributions', body, { 'idempotency-key': 'burst-50' })));
      assert.ok(answers.every((r) => r.status === 201), JSON.stringify(answers.map((r) => r.status)));
      assert.equal(new Set(answers.map((r) => r.body.id)).size, 1);
      const afterCount = await t.db.selectFrom('contributions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n) - Number(before.n), 1);
    });

    it('never confirms past a hard cap with 200 concurrent contributions (two app processes on PostgreSQL)', async () => {
      // On PostgreSQL a second app instance with its own pool and writer stands in for a second process.
      const second = dialect === 'postgres' ? createDb(t.target) : null;
      const other = second ? await buildApp({ config: t.config, db: second, webDist: null }) : null;
      const clients = [f.finance, ...(other ? [Object.assign(new Client(other), { cookie: f.finance.cookie, csrf: f.finance.csrf })] : [])];
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) =>
        clients[i % clients.length]!.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.capped.id, kind: 'money', quantity: 1_000, currency: 'AED', contributorName: `Donor ${i}`, reference: `C-${i}` })));
      const ok = results.filter((r) => r.status === 201).length;
      const refused = results.filter((r) => r.status === 409);
      assert.equal(ok, 100, `accepted ${ok}: ${JSON.stringify(results.find((r) => r.status !== 201 && r.status !== 409)?.body)}`);
      assert.equal(refused.length, 100);
      assert.ok(refused.every((r) => ['contribution.target_reached', 'contribution.over_target'].includes(r.body.error.code)));
      const progress = (await t.client().get(`/api/v1/initiatives/${f.initiativeId}`)).body.needs.find((n: any) => n.id === f.needs.capped.id).progress;
      assert.equal(progress.confirmed, 100_000, 'exactly the cap');
      if (other) { await other.close(); await second!.destroy(); }
      assert.deepEqual(await runLedgerChecks(t.db), []);
    });

    it('caps a contribution to what is left when the need says "cap"', async () => {
      const a = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.partial.id, kind: 'money', quantity: 8_000, currency: 'AED', reference: 'P1' });
      const b = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.partial.id, kind: 'money', quantity: 8_000, currency: 'AED', reference: 'P2' });
      assert.equal(a.body.quantity, 8_000);
      assert.equal(b.body.quantity, 2_000, 'only what was left');
      const c = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.partial.id, kind: 'money', quantity: 1, currency: 'AED', reference: 'P3' });
      assert.equal(c.body.error.code, 'contribution.target_reached');
    });

    it('creates monthly pledges once per month, and not while paused', async () => {
      const body = { needId: f.needs.money.id, amountFils: 20_000, currency: 'AED', designation: 'general' };
      const twice = await Promise.all([1, 2].map(() => f.donor.request('POST', '/api/v1/me/recurring-pledges', body, { 'idempotency-key': 'monthly-1' })));
      assert.equal(twice[0]!.body.id, twice[1]!.body.id, 'a double submit makes one monthly pledge');
      const r = twice[0]!;
      assert.equal(r.status, 201);
      assert.equal((await f.donor.get('/api/v1/me/recurring-pledges')).body.items.filter((x: any) => x.needId === f.needs.money.id).length, 1);
      const today = new Date().toISOString().slice(0, 10);
      const first = await runDueRecurring(t.db, t.app.ledgerWriter, today);
      assert.ok(first.created >= 1);
      assert.equal((await runDueRecurring(t.db, t.app.ledgerWriter, today)).created, 0, 'a second run the same day makes nothing');
      const mine = await f.donor.get('/api/v1/me/recurring-pledges');
      const p = mine.body.items.find((x: any) => x.id === r.body.id);
      assert.ok(p.initiative.titleAr, 'monthly pledges name what they go to');
      assert.equal(p.nextRunOn, nextMonth(today, Number(today.slice(8, 10))));
      await f.donor.patch(`/api/v1/me/recurring-pledges/${r.body.id}`, { status: 'paused' });
      assert.equal((await runDueRecurring(t.db, t.app.ledgerWriter, p.nextRunOn)).created, 0);
      await f.donor.patch(`/api/v1/me/recurring-pledges/${r.body.id}`, { status: 'cancelled' });
      assert.equal((await f.donor.patch(`/api/v1/me/recurring-pledges/${r.body.id}`, { status: 'active' })).status, 409);
      const monthly = (await f.donor.get('/api/v1/me/contributions?pageSize=100')).body.items.filter((c: any) => c.recurringPledgeId === r.body.id);
      assert.equal(monthly.length, 1);
      assert.equal(nextMonth('2026-01-31', 31), '2026-02-28');
      assert.equal(nextMonth('2026-12-15', 15), '2027-01-15');
    });

    it('records daily roots and finds a row edited behind the application’s back', async () => {
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      assert.ok((await recordDailyRoots(t.db, tomorrow)) >= 1);
      const clean = await verifyLedger(t.db);
      assert.equal(clean.ok, true, JSON.stringify(clean));
      const victim = await t.db.selectFrom('ledger_entries').select(['seq', 'payload']).orderBy('seq').offset(3).limit(1).executeTakeFirstOrThrow();
      const forged = victim.payload.replace(/"quantity":(\d+)/, (_m, q) => `"quantity":${Number(q) + 1}`);
      // Tamper as an attacker with database access would: around the append-only trigger.
      if (dialect === 'postgres') {
        await sql`alter table ledger_entries disable trigger ledger_entries_no_change`.execute(t.db);
        await sql`update ledger_entries set payload = ${forged} where seq = ${victim.seq}`.execute(t.db);
        await sql`alter table ledger_entries enable trigger ledger_entries_no_change`.execute(t.db);
      } else {
        await sql`drop trigger ledger_entries_no_update`.execute(t.db);
        await sql`update ledger_entries set payload = ${forged} where seq = ${victim.seq}`.execute(t.db);
      }
      const report = await verifyLedger(t.db);
      assert.equal(report.ok, false);
      assert.equal(report.chain.firstBroken?.seq, Number(victim.seq));
      assert.match(report.chain.firstBroken!.reason, /changed/);
      const api = await (await t.user({ platformRole: 'verifier' })).get('/api/v1/admin/ledger/verification');
      assert.equal(api.body.chain.firstBroken.seq, Number(victim.seq));
    });

    it('refuses to update or delete ledger entries and postings through SQL', async () => {
      await assert.rejects(sql`delete from postings`.execute(t.db), /append-only/);
      await assert.rejects(sql`delete from ledger_entries where seq = 1`.execute(t.db), /append-only/);
    });
  });
}
