import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../test/db.ts';
import { createTestApp, type TestApp } from '../test/app.ts';
import { seedDemo, seedDemoIfEmpty, DEMO_PASSWORD } from './demo.ts';
import { verifyLedger } from '../src/modules/contributions/index.ts';
import { loadConfig } from '../src/config.ts';

for (const dialect of dialects()) {
  describe(`demo data (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
      assert.equal(await seedDemo(t.db), true);
    });
    after(async () => { await t.close(); });

    it('has at least 30 public bilingual initiatives across all seven areas and several emirates', async () => {
      const list = await t.client().get('/api/v1/initiatives?pageSize=100');
      assert.ok(list.body.total >= 30, `only ${list.body.total}`);
      assert.ok(list.body.items.every((i: any) => i.titleAr && i.titleEn));
      assert.ok(new Set(list.body.items.map((i: any) => i.emirate)).size >= 5);
      const areas = (await t.client().get('/api/v1/frameworks')).body.items.find((f: any) => f.code === 'ataa_areas');
      const tree = await t.client().get(`/api/v1/frameworks/${areas.id}`);
      for (const area of tree.body.priorities) {
        const r = await t.client().get(`/api/v1/initiatives?priorityId=${area.id}`);
        assert.ok(r.body.total >= 3, `${area.code}: ${r.body.total}`);
      }
      const dubaiEducation = (await t.client().get('/api/v1/priorities?q=Education')).body.items.find((p: any) => p.frameworkCode === 'dubai_social_agenda_33');
      const chain = await t.client().get(`/api/v1/priorities/${dubaiEducation.id}`);
      assert.ok(chain.body.chain.some((s: any) => s.framework.level === 'global'), 'local aims roll up to SDGs');
    });

    it('has a year of contributions of all five kinds through a ledger that verifies', async () => {
      const rows = await t.db.selectFrom('contributions').select(['kind', 'created_at']).execute();
      assert.deepEqual([...new Set(rows.map((r) => r.kind))].sort(), ['expertise', 'in_kind', 'knowledge', 'money', 'time']);
      const times = rows.map((r) => Date.parse(r.created_at)).sort((a, b) => a - b);
      assert.ok(times.at(-1)! - times[0]! > 180 * 86_400_000, 'spread over more than six months');
      const report = await verifyLedger(t.db);
      assert.equal(report.ok, true, JSON.stringify(report.checks.failed));
      assert.ok(report.dailyRoots.checked > 30);
    });

    it('has volunteers, past shifts with verified hours, an expertise engagement and mentoring sessions', async () => {
      const open = await t.client().get('/api/v1/opportunities?pageSize=50');
      assert.ok(open.body.total >= 5, `only ${open.body.total} opportunities`);
      const verified = await t.db.selectFrom('shift_attendance').select(['status', 'verified_minutes', 'contribution_id']).execute();
      const done = verified.filter((a) => a.status === 'verified');
      assert.ok(done.length >= 10, `only ${done.length} verified attendances`);
      assert.ok(done.every((a) => a.contribution_id && a.verified_minutes! > 0), 'each verified attendance is a ledger contribution');
      assert.ok(verified.some((a) => a.status === 'flagged') && verified.some((a) => a.status === 'claimed' || a.status === 'present'), 'some hours wait for review');
      const signedOff = await t.db.selectFrom('engagements').select(['status', 'contribution_id']).where('status', '=', 'signed_off').execute();
      assert.equal(signedOff.length, 1);
      assert.ok(signedOff[0]!.contribution_id);
      const sessions = await t.db.selectFrom('knowledge_sessions').select(['status', 'format', 'mentorship_id']).execute();
      assert.ok(sessions.filter((s) => s.mentorship_id && s.status === 'confirmed').length >= 2, 'confirmed mentoring sessions');
      const volunteer = await t.client();
      await volunteer.post('/api/v1/auth/sign-in', { email: 'volunteer@ataa.local', password: DEMO_PASSWORD });
      const impact = await volunteer.get('/api/v1/me/impact');
      assert.ok(impact.body.knowledge.valueFils > 0, 'the demo volunteer mentors');
      assert.ok(impact.body.totals.valueFils > 0);
    });

    it('lets every demo account sign in, and is not loaded twice', async () => {
      for (const email of ['admin@ataa.local', 'reviewer@ataa.local', 'verifier@ataa.local', 'charity@ataa.local', 'company@ataa.local', 'volunteer@ataa.local']) {
        assert.equal((await t.client().post('/api/v1/auth/sign-in', { email, password: DEMO_PASSWORD })).status, 200, email);
      }
      assert.equal(await seedDemo(t.db), false);
    });

    it('is never loaded automatically on PostgreSQL or in production', async () => {
      const fresh = await createTestApp(dialect);
      try {
        const quiet = { info: () => undefined } as never;
        await seedDemoIfEmpty(fresh.db, loadConfig({ NODE_ENV: 'production' }), quiet);
        await seedDemoIfEmpty(fresh.db, loadConfig({ NODE_ENV: 'development' }), quiet);
        const users = await fresh.db.selectFrom('users').select('id').execute();
        assert.equal(users.length, dialect === 'sqlite' ? 16 : 0, 'only an empty embedded database gets demo data');
      } finally {
        await fresh.close();
      }
    });
  });
}
