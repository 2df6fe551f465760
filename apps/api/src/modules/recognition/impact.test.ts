import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { liveInitiative, type LedgerFixture } from '../../../test/ledger.ts';
import { attendedShift, opportunity, TIME_NEED } from '../../../test/verified-hours.ts';
import { recordGiven } from '../contributions/index.ts';

const MONEY = { kind: 'money', titleEn: 'Food baskets', targetFils: 10_000_000, designations: ['general'] };
const GOODS = { kind: 'in_kind', item: 'School bags', quantity: 100, itemUnit: 'bags', estimatedValueFils: 4_500 };
const EXPERT = { kind: 'expertise', targetHours: 40, skill: 'Accounting', level: 'senior' };
const KNOW = { kind: 'knowledge', format: 'training', unit: 'sessions', target: 20 };
const KNOW_HOURS = { kind: 'knowledge', format: 'mentoring', unit: 'hours', target: 50 };
const SYSTEM = { actor: null, requestId: 'impact-test', ip: null };

for (const dialect of dialects()) {
  describe(`my impact (${dialect})`, () => {
    let t: TestApp;
    let f: LedgerFixture;
    let opp: string;
    const today = new Date().toISOString().slice(0, 10);
    const now = () => new Date().toISOString();

    /** An expertise engagement of `userId` with logs; signed off into the ledger when `signOff`. */
    async function engagement(userId: string, logs: number[], signOff: boolean, need: 'expert' | 'audit' = 'expert') {
      const offerId = randomUUID();
      const id = randomUUID();
      await t.db.insertInto('expertise_offers').values({ id: offerId, need_id: f.needs[need].id, organisation_id: f.orgId, user_id: userId, proposal: 'Bookkeeping', estimated_hours: 4, status: 'accepted', created_at: now(), updated_at: now() }).execute();
      await t.db.insertInto('engagements').values({ id, offer_id: offerId, need_id: f.needs[need].id, organisation_id: f.orgId, expert_user_id: userId, level: 'senior', scope: 'Books', deliverables: 'Ledger', status: 'active', signed_off_by: null, signed_off_at: null, contribution_id: null, created_at: now(), updated_at: now() }).execute();
      for (const minutes of logs) await t.db.insertInto('engagement_logs').values({ id: randomUUID(), engagement_id: id, worked_on: today, minutes, note: null, created_at: now() }).execute();
      if (!signOff) return;
      const minutes = logs.reduce((a, b) => a + b, 0);
      await recordGiven(t.app.ledgerWriter, SYSTEM, { source: `engagement:${id}`, needId: f.needs[need].id, contributorUserId: userId, kind: 'expertise', amount: { minutes }, day: today },
        async (trx, contributionId) => { await trx.updateTable('engagements').set({ status: 'signed_off', contribution_id: contributionId }).where('id', '=', id).execute(); });
    }

    async function session(hostUserId: string, minutes: number, confirm: boolean) {
      const id = randomUUID();
      await t.db.insertInto('knowledge_sessions').values({ id, organisation_id: f.orgId, need_id: f.needs.know.id, format: 'training', mentorship_id: null, host_user_id: hostUserId, topic_ar: 'محاسبة', topic_en: 'Accounting', held_at: now(), minutes, attendee_count: 12, materials_url: null, status: 'reported', decided_by: null, decided_at: null, decision_reason: null, contribution_id: null, created_by: f.owner.userId, created_at: now(), updated_at: now() }).execute();
      if (!confirm) return;
      await recordGiven(t.app.ledgerWriter, SYSTEM, { source: `session:${id}`, needId: f.needs.know.id, contributorUserId: hostUserId, kind: 'knowledge', amount: { sessions: 1 }, day: today },
        async (trx, contributionId) => { await trx.updateTable('knowledge_sessions').set({ status: 'confirmed', contribution_id: contributionId }).where('id', '=', id).execute(); });
    }

    before(async () => {
      t = await createTestApp(dialect);
      f = await liveInitiative(t, { money: MONEY, goods: GOODS, hours: TIME_NEED, expert: EXPERT, audit: { ...EXPERT, skill: 'Audit' }, know: KNOW, knowHours: KNOW_HOURS });
      const give = async (who: typeof f.donor, fils: number, confirm: boolean) => {
        const p = await who.post('/api/v1/contributions', { needId: f.needs.money.id, kind: 'money', quantity: fils, currency: 'AED' });
        assert.equal(p.status, 201, JSON.stringify(p.body));
        if (confirm) assert.equal((await f.finance.post(`/api/v1/contributions/${p.body.id}/transitions`, { action: 'confirm', reference: `R-${fils}` })).status, 200);
      };
      await give(f.donor, 25_000, true);
      await give(f.donor, 7_000, false);
      const goods = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId: f.needs.goods.id, kind: 'in_kind', quantity: 3, contributorUserId: f.donor.userId });
      assert.equal(goods.status, 201, JSON.stringify(goods.body));
      opp = await opportunity(f.owner, f.orgId, f.initiativeId, f.needs.hours.id);
      const shift = await attendedShift(t, { opportunityId: opp, organisationId: f.orgId, userId: f.donor.userId, startsAt: '2026-03-10T06:00:00Z', minutes: 150 });
      await recordGiven(t.app.ledgerWriter, SYSTEM, { source: `attendance:${shift.attendanceId}`, needId: f.needs.hours.id, contributorUserId: f.donor.userId, kind: 'time', amount: { minutes: 150 }, day: today },
        async (trx, contributionId) => { await trx.updateTable('shift_attendance').set({ contribution_id: contributionId }).where('id', '=', shift.attendanceId).execute(); });
      await attendedShift(t, { opportunityId: opp, organisationId: f.orgId, userId: f.donor.userId, startsAt: '2026-03-11T06:00:00Z', minutes: 60, status: 'claimed' });
      await engagement(f.donor.userId, [120, 120], true);
      await engagement(f.donor.userId, [60], false, 'audit');
      await session(f.donor.userId, 90, true);
      await session(f.donor.userId, 45, false);
      // Someone else's giving, which must never show in the donor's impact.
      await give(f.member, 99_900, true);
      await attendedShift(t, { opportunityId: opp, organisationId: f.orgId, userId: f.member.userId, startsAt: '2026-03-12T06:00:00Z', minutes: 600 });
      await engagement(f.member.userId, [500], true);
      await session(f.member.userId, 300, true);
    });
    after(async () => { await t.close(); });

    it('adds up hours from the verified records and value from the ledger', async () => {
      const r = await f.donor.get('/api/v1/me/impact');
      assert.equal(r.status, 200, JSON.stringify(r.body));
      // AED 72/h × 2.5 h; AED 400/h (senior) × 4 h; AED 300 a session; 3 bags × AED 45.
      assert.deepEqual(r.body.time, { minutes: 150, valueFils: 18_000 });
      assert.deepEqual(r.body.expertise, { minutes: 240, valueFils: 160_000 });
      assert.deepEqual(r.body.knowledge, { sessions: 1, minutes: 90, valueFils: 30_000 });
      assert.deepEqual(r.body.money, { valueFils: 25_000 }, 'the unpaid pledge does not count');
      assert.deepEqual(r.body.inKind, { valueFils: 13_500 });
      assert.equal(r.body.totals.hours, 8, '(150 + 240 + 90) minutes');
      assert.equal(r.body.totals.valueFils, 246_500);
      const ledger = await t.db.selectFrom('contributions').select((eb) => eb.fn.sum<number>('value_fils').as('v'))
        .where('contributor_user_id', '=', f.donor.userId).where('status', 'in', ['confirmed', 'verified']).executeTakeFirstOrThrow();
      assert.equal(Number(ledger.v), r.body.totals.valueFils, 'the total is what the ledger holds');
    });

    it('lists my latest contributions with what they went to', async () => {
      const r = await f.donor.get('/api/v1/me/impact');
      assert.deepEqual(r.body.recent.map((c: any) => c.kind).sort(), ['expertise', 'in_kind', 'knowledge', 'money', 'time']);
      for (const c of r.body.recent) {
        assert.deepEqual([c.initiative.titleAr, c.initiative.titleEn], ['مبادرة القراءة للأطفال', 'Reading for children']);
        assert.ok(c.date && c.valueFils > 0);
      }
      assert.ok(!JSON.stringify(r.body).includes('99900'), "another person's gift never appears");
    });

    it('counts hours an organisation recorded straight into the ledger, once', async () => {
      const v = await t.user();
      const record = async (needId: string, kind: string, quantity: number, extra: Record<string, unknown> = {}) => {
        const r = await f.finance.post(`/api/v1/organisations/${f.orgId}/contributions`, { needId, kind, quantity, contributorUserId: v.userId, ...extra });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        return r.body.id as string;
      };
      // A verified shift already in the ledger (source attendance:…, 150 minutes as 3 whole hours):
      // its exact minutes count, and its contribution is not counted a second time.
      const shift = await attendedShift(t, { opportunityId: opp, organisationId: f.orgId, userId: v.userId, startsAt: '2026-03-13T06:00:00Z', minutes: 150 });
      await recordGiven(t.app.ledgerWriter, SYSTEM, { source: `attendance:${shift.attendanceId}`, needId: f.needs.hours.id, contributorUserId: v.userId, kind: 'time', amount: { minutes: 150 }, day: today },
        async (trx, contributionId) => { await trx.updateTable('shift_attendance').set({ contribution_id: contributionId }).where('id', '=', shift.attendanceId).execute(); });
      await record(f.needs.hours.id, 'time', 3);
      await record(f.needs.hours.id, 'time', 2, { reference: 'Attendance sheet 7' });
      await record(f.needs.expert.id, 'expertise', 5);
      await record(f.needs.know.id, 'knowledge', 2);
      // Mentions a session but does not start with a source prefix (those are refused by the record route).
      await record(f.needs.knowHours.id, 'knowledge', 4, { reference: 'Sign-in sheet, session 2' });
      const reversed = await record(f.needs.hours.id, 'time', 10);
      const admin = await t.user({ platformRole: 'admin' });
      const rev = await admin.post(`/api/v1/contributions/${reversed}/transitions`, { action: 'reverse', reason: 'Recorded for the wrong person' });
      assert.equal(rev.status, 200, JSON.stringify(rev.body));

      const r = await v.get('/api/v1/me/impact');
      assert.equal(r.status, 200, JSON.stringify(r.body));
      // AED 72/h × (2.5 + 3 + 2) h; AED 400/h (senior) × 5 h; AED 300 × 2 sessions + AED 200/h × 4 h.
      assert.deepEqual(r.body.time, { minutes: 150 + 5 * 60, valueFils: 54_000 }, 'exact minutes from attendance + whole hours recorded directly; the reversed 10 h do not count');
      assert.deepEqual(r.body.expertise, { minutes: 300, valueFils: 200_000 });
      assert.deepEqual(r.body.knowledge, { sessions: 2, minutes: 240, valueFils: 140_000 });
      assert.deepEqual(r.body.totals, { hours: 16.5, minutes: 990, valueFils: 394_000, currency: 'AED' });
    });

    it('starts at zero and is private to the signed-in person', async () => {
      const fresh = await t.user();
      const r = await fresh.get('/api/v1/me/impact');
      assert.deepEqual([r.body.totals, r.body.recent, r.body.time, r.body.knowledge], [{ hours: 0, minutes: 0, valueFils: 0, currency: 'AED' }, [], { minutes: 0, valueFils: 0 }, { sessions: 0, minutes: 0, valueFils: 0 }]);
      assert.equal((await t.client().get('/api/v1/me/impact')).status, 401);
    });
  });
}
