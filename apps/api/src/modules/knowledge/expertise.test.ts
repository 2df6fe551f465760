import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { activate, draftInitiative } from '../../../test/initiatives.ts';
import { Client } from '../../../test/http.ts';
import { buildApp } from '../../app.ts';
import { createDb } from '../../platform/db/database.ts';
import { verifyLedger } from '../contributions/index.ts';

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);

for (const dialect of dialects()) {
  describe(`expertise offers and engagements (${dialect})`, () => {
    let t: TestApp;
    let manager: SignedInClient;
    let member: SignedInClient;
    let stranger: SignedInClient;
    let orgId: string;
    let needId: string;

    const contributionsOf = (source: string) => t.db.selectFrom('contributions').selectAll().where('reference', '=', source).execute();
    /** A new expert whose offer on the need is accepted: the engagement id. */
    const engagementFor = async (expert: SignedInClient) => {
      const offer = await expert.post(`/api/v1/needs/${needId}/offers`, { proposal: 'Bookkeeping clean-up' });
      assert.equal(offer.status, 201, JSON.stringify(offer.body));
      const acc = await manager.post(`/api/v1/offers/${offer.body.id}/accept`, { scope: 'Close the year', deliverables: 'Trial balance' });
      assert.equal(acc.status, 200, JSON.stringify(acc.body));
      return acc.body.engagementId as string;
    };

    before(async () => {
      t = await createTestApp(dialect);
      manager = await t.user({ name: 'Org Manager' });
      member = await t.user();
      stranger = await t.user();
      const reviewer = await t.user({ platformRole: 'reviewer' });
      orgId = (await t.organisation(manager, { nameAr: 'جمعية بيت الخير' })).id;
      await t.addMember(manager, orgId, member, 'member');
      const ini = await draftInitiative(t, manager, orgId, {}, [{ kind: 'expertise', titleAr: 'تدقيق الحسابات', titleEn: 'Accounts audit', targetHours: 40, skill: 'Accounting', level: 'senior' }]);
      await activate(manager, reviewer, ini.id);
      needId = (await manager.get(`/api/v1/initiatives/${ini.id}`)).body.needs[0].id;
    });
    after(async () => {
      const report = await verifyLedger(t.db);
      assert.ok(report.ok, JSON.stringify(report.checks.failed));
      await t.close();
    });

    it('lists open expertise needs publicly with skill, level, target hours and names', async () => {
      const r = await t.client().get('/api/v1/expertise-needs?level=senior');
      assert.equal(r.status, 200);
      const n = r.body.items.find((x: any) => x.id === needId);
      assert.deepEqual([n.skill, n.level, n.targetHours, n.offers, n.organisation.nameAr], ['Accounting', 'senior', 40, 0, 'جمعية بيت الخير']);
      assert.equal(n.initiative.titleAr, 'مبادرة القراءة للأطفال');
      const junior = await t.client().get('/api/v1/expertise-needs?level=junior');
      assert.ok(!junior.body.items.some((x: any) => x.id === needId), 'filtered by level');
    });

    it('takes one offer per person, none from the organisation’s own members, and hides private profile fields', async () => {
      const expert = await t.user({ name: 'Huda the Accountant' });
      await expert.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1984-03-09', skills: ['Accounting', 'IFRS'], languages: ['ar', 'en'], emergencyContact: '+971 50 123 4567' });
      const first = await expert.post(`/api/v1/needs/${needId}/offers`, { proposal: 'I audit charities for a living', estimatedHours: 30 });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.status, 'offered');
      const again = await expert.post(`/api/v1/needs/${needId}/offers`, { proposal: 'Again' });
      assert.deepEqual([again.status, again.body.error.code], [409, 'offer.already_made']);
      const own = await member.post(`/api/v1/needs/${needId}/offers`, { proposal: 'Me too' });
      assert.deepEqual([own.status, own.body.error.code], [403, 'offer.own_organisation']);

      const list = await member.get(`/api/v1/needs/${needId}/offers`);
      assert.equal(list.status, 200);
      const mine = list.body.items.find((o: any) => o.id === first.body.id);
      assert.deepEqual(mine.expert, { userId: expert.userId, displayName: 'Huda the Accountant', skills: ['Accounting', 'IFRS'], languages: ['ar', 'en'] });
      const text = JSON.stringify(list.body);
      for (const secret of ['+971', '1984-03-09', 'emergency', 'dateOfBirth', expert.email]) assert.ok(!text.includes(secret), `offers list leaks ${secret}`);
      assert.equal((await stranger.get(`/api/v1/needs/${needId}/offers`)).status, 404, 'outsiders cannot see offers');
      assert.equal((await t.client().get(`/api/v1/needs/${needId}/offers`)).status, 401);
      const pub = await t.client().get('/api/v1/expertise-needs');
      assert.equal(pub.body.items.find((x: any) => x.id === needId).offers, 1);
    });

    it('lets the expert withdraw an open offer and tells a declined expert why', async () => {
      const [a, b] = [await t.user(), await t.user()];
      const oa = (await a.post(`/api/v1/needs/${needId}/offers`, { proposal: 'Tax advice' })).body;
      assert.equal((await stranger.delete(`/api/v1/offers/${oa.id}`)).status, 404, 'only the expert withdraws');
      assert.equal((await a.delete(`/api/v1/offers/${oa.id}`)).status, 204);
      assert.equal((await a.delete(`/api/v1/offers/${oa.id}`)).body.error.code, 'offer.not_open');
      const renewed = await a.post(`/api/v1/needs/${needId}/offers`, { proposal: 'Tax advice, after all' });
      assert.deepEqual([renewed.status, renewed.body.id], [201, oa.id], 'a withdrawn offer may be renewed');

      const ob = (await b.post(`/api/v1/needs/${needId}/offers`, { proposal: 'Payroll' })).body;
      assert.equal((await member.post(`/api/v1/offers/${ob.id}/decline`, {})).status, 403, 'members do not decide offers');
      const d = await manager.post(`/api/v1/offers/${ob.id}/decline`, { reason: 'We found a payroll volunteer' });
      assert.deepEqual([d.status, d.body.status], [200, 'declined']);
      assert.equal((await manager.post(`/api/v1/offers/${ob.id}/accept`, { scope: 'x', deliverables: 'y' })).body.error.code, 'offer.not_open');
      const mail = await t.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', b.email).where('kind', '=', 'offer_declined').execute();
      assert.equal(mail.length, 1);
      assert.match(mail[0]!.body_text, /اعتذرت «جمعية بيت الخير»/);
      assert.match(mail[0]!.body_text, /We found a payroll volunteer/);
    });

    it('runs offer → accept → logged hours → sign-off into exactly one expertise contribution at the senior rate', async () => {
      const expert = await t.user({ name: 'Omar CPA' });
      const offer = (await expert.post(`/api/v1/needs/${needId}/offers`, { proposal: 'Year-end audit', estimatedHours: 6 })).body;
      assert.equal((await member.post(`/api/v1/offers/${offer.id}/accept`, { scope: 'Audit', deliverables: 'Report' })).status, 403);
      const acc = await manager.post(`/api/v1/offers/${offer.id}/accept`, { scope: 'Audit the 2026 accounts', deliverables: 'Signed audit report' });
      assert.equal(acc.status, 200, JSON.stringify(acc.body));
      const id = acc.body.engagementId;
      const mail = await t.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', expert.email).where('kind', '=', 'offer_accepted').execute();
      assert.equal(mail.length, 1);
      assert.match(mail[0]!.body_text, /قبلت «جمعية بيت الخير» عرضك/);
      assert.match(mail[0]!.body_text, /accepted your offer of expertise for “Accounts audit”/);

      const view = await expert.get(`/api/v1/engagements/${id}`);
      assert.deepEqual([view.status, view.body.level, view.body.status, view.body.totalMinutes], [200, 'senior', 'active', 0]);
      assert.equal((await member.get(`/api/v1/engagements/${id}`)).status, 200, 'the organisation sees it');
      assert.equal((await stranger.get(`/api/v1/engagements/${id}`)).status, 404);

      const log = (who: SignedInClient, body: Record<string, unknown>) => who.post(`/api/v1/engagements/${id}/logs`, body);
      assert.equal((await log(stranger, { workedOn: daysAgo(1), minutes: 60 })).status, 404, 'a stranger cannot log hours');
      assert.equal((await log(member, { workedOn: daysAgo(1), minutes: 60 })).body.error.code, 'engagement.expert_only');
      const future = await log(expert, { workedOn: daysAgo(-3), minutes: 60 });
      assert.deepEqual([future.status, future.body.error.details.fields[0].code], [400, 'validation.in_future']);
      assert.equal((await log(expert, { workedOn: daysAgo(1), minutes: 1441 })).status, 400);
      assert.equal((await log(expert, { workedOn: daysAgo(2), minutes: 240, note: 'Fieldwork' })).status, 201);
      assert.equal((await log(expert, { workedOn: daysAgo(1), minutes: 120 })).status, 201);
      assert.equal((await expert.get(`/api/v1/engagements/${id}`)).body.logs.length, 2);

      assert.equal((await expert.post(`/api/v1/engagements/${id}/sign-off`)).status, 404, 'the expert does not sign off');
      assert.equal((await member.post(`/api/v1/engagements/${id}/sign-off`)).status, 403);
      const signed = await manager.post(`/api/v1/engagements/${id}/sign-off`);
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      assert.deepEqual([signed.body.engagement.status, signed.body.engagement.totalMinutes, signed.body.created], ['signed_off', 360, true]);
      const again = await manager.post(`/api/v1/engagements/${id}/sign-off`);
      assert.deepEqual([again.status, again.body.contributionId, again.body.created], [200, signed.body.contributionId, false]);

      const rows = await contributionsOf(`engagement:${id}`);
      assert.equal(rows.length, 1, 'signing off twice makes one entry');
      const c = rows[0]!;
      assert.deepEqual([c.id, c.kind, c.status, c.contributor_user_id, c.need_id], [signed.body.contributionId, 'expertise', 'confirmed', expert.userId, needId]);
      assert.equal(Number(c.value_fils), 6 * 40_000, 'six hours at AED 400 an hour (senior)');
      assert.equal(Number(c.quantity), 6);
      assert.equal((await log(expert, { workedOn: daysAgo(0), minutes: 30 })).body.error.code, 'engagement.not_active');

      const mine = await expert.get('/api/v1/me/engagements');
      assert.equal(mine.body.items.find((e: any) => e.id === id).status, 'signed_off');
      const org = await member.get(`/api/v1/organisations/${orgId}/engagements`);
      assert.ok(org.body.items.some((e: any) => e.id === id && e.contributionId === c.id));
    });

    it('refuses a sign-off with no hours, and makes one entry from concurrent sign-offs (two app processes on PostgreSQL)', async () => {
      const id = await engagementFor(await t.user());
      const empty = await manager.post(`/api/v1/engagements/${id}/sign-off`);
      assert.deepEqual([empty.status, empty.body.error.code], [409, 'engagement.no_hours']);
      const expert = (await t.db.selectFrom('engagements').select('expert_user_id').where('id', '=', id).executeTakeFirstOrThrow()).expert_user_id;
      await t.db.insertInto('engagement_logs').values({ id: randomUUID(), engagement_id: id, worked_on: daysAgo(1), minutes: 150, note: null, created_at: new Date().toISOString() }).execute();

      const secondDb = dialect === 'postgres' ? createDb(t.target) : null;
      const second = secondDb ? await buildApp({ config: t.config, db: secondDb, webDist: null }) : null;
      const other = second ? Object.assign(new Client(second), { cookie: manager.cookie, csrf: manager.csrf }) : manager;
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? other : manager).post(`/api/v1/engagements/${id}/sign-off`)));
      if (second) { await second.close(); await secondDb!.destroy(); }
      // Each answer is the one contribution — or, for a request that raced past the first check,
      // a refusal because the engagement was no longer active. Never a second entry.
      for (const a of answers) assert.ok(a.status === 200 || a.body.error?.code === 'engagement.not_active', JSON.stringify(a.body));
      assert.equal(new Set(answers.filter((a) => a.status === 200).map((a) => a.body.contributionId)).size, 1);
      const rows = await contributionsOf(`engagement:${id}`);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.contributor_user_id, expert);
      assert.equal(Number(rows[0]!.value_fils), 2.5 * 40_000);
    });

    it('lets a manager cancel an active engagement with a reason: hours kept, never a contribution, the expert told', async () => {
      const expert = await t.user({ name: 'Layla Tax' });
      const id = await engagementFor(expert);
      assert.equal((await expert.post(`/api/v1/engagements/${id}/logs`, { workedOn: daysAgo(1), minutes: 90, note: 'First review' })).status, 201);
      const url = `/api/v1/engagements/${id}/cancel`;
      const bare = await manager.post(url, {});
      assert.deepEqual([bare.status, bare.body.error.details.fields[0].path], [400, 'reason']);
      assert.equal((await manager.post(url, { reason: '   ' })).body.error.details.fields[0].code, 'validation.required');
      assert.equal((await stranger.post(url, { reason: 'x' })).status, 404, 'outsiders cannot see it');
      assert.equal((await member.post(url, { reason: 'x' })).status, 403, 'members do not cancel');
      assert.equal((await t.client().post(url, { reason: 'x' })).status, 401);

      const r = await manager.post(url, { reason: 'The board postponed the audit' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual([r.body.status, r.body.cancelReason, r.body.cancelledBy, r.body.totalMinutes, r.body.contributionId], ['cancelled', 'The board postponed the audit', manager.userId, 90, null]);
      assert.ok(r.body.cancelledAt);
      const mail = await t.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', expert.email).where('kind', '=', 'engagement_cancelled').execute();
      assert.equal(mail.length, 1, 'the expert is told once');
      assert.match(mail[0]!.body_text, /ألغت «جمعية بيت الخير» مهمة الخبرة التي تعمل عليها في «تدقيق الحسابات»/);
      assert.match(mail[0]!.body_text, /cancelled your engagement on “Accounts audit”/);
      assert.match(mail[0]!.body_text, /السبب: The board postponed the audit/);
      assert.equal((await t.db.selectFrom('outbox_messages').select('id').where('to_address', '=', manager.email).where('kind', '=', 'engagement_cancelled').execute()).length, 0, 'not the one who cancelled');
      const audit = await t.db.selectFrom('audit_events').selectAll().where('entity_id', '=', id).where('action', '=', 'engagement.cancel').executeTakeFirstOrThrow();
      assert.deepEqual([JSON.parse(audit.after_json!).by, audit.acting_organisation_id], ['organisation', orgId]);

      const again = await manager.post(url, { reason: 'Twice' });
      assert.deepEqual([again.status, again.body.error.code], [409, 'engagement.not_active']);
      const signOff = await manager.post(`/api/v1/engagements/${id}/sign-off`);
      assert.deepEqual([signOff.status, signOff.body.error.code], [409, 'engagement.not_active']);
      assert.equal((await contributionsOf(`engagement:${id}`)).length, 0, 'cancelled hours never become a contribution');
      assert.equal((await expert.post(`/api/v1/engagements/${id}/logs`, { workedOn: daysAgo(0), minutes: 30 })).body.error.code, 'engagement.not_active');
      const view = await expert.get(`/api/v1/engagements/${id}`);
      assert.deepEqual([view.body.status, view.body.totalMinutes, view.body.logs.length, view.body.cancelReason], ['cancelled', 90, 1, 'The board postponed the audit'], 'the log is kept');

      // Accepting never closed the need, so it still takes offers from others; the expert's own
      // offer stays accepted (one offer per person per need, and it is the engagement's history).
      assert.equal((await (await t.user()).post(`/api/v1/needs/${needId}/offers`, { proposal: 'I can take over the audit' })).status, 201);
      assert.equal((await expert.post(`/api/v1/needs/${needId}/offers`, { proposal: 'Again' })).body.error.code, 'offer.already_made');
    });

    it('lets the expert cancel their own engagement; the organisation’s managers are told', async () => {
      const expert = await t.user({ name: 'Sami Auditor' });
      const id = await engagementFor(expert);
      const other = await t.user();
      const theirs = await engagementFor(other);
      assert.equal((await expert.post(`/api/v1/engagements/${theirs}/cancel`, { reason: 'Not mine' })).status, 404, 'only their own');
      const r = await expert.post(`/api/v1/engagements/${id}/cancel`, { reason: 'I am moving abroad' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual([r.body.status, r.body.cancelledBy], ['cancelled', expert.userId]);
      const mail = await t.db.selectFrom('outbox_messages').selectAll().where('kind', '=', 'engagement_cancelled').where('body_text', 'like', '%I am moving abroad%').execute();
      assert.deepEqual(mail.map((m) => m.to_address), [manager.email], 'managers and owners, not plain members');
      assert.match(mail[0]!.body_text, /ألغى Sami Auditor مهمة الخبرة مع «جمعية بيت الخير» في «تدقيق الحسابات»/);
      assert.match(mail[0]!.body_text, /Sami Auditor cancelled their engagement with “Test Society” on “Accounts audit”/);
      const audit = await t.db.selectFrom('audit_events').selectAll().where('entity_id', '=', id).where('action', '=', 'engagement.cancel').executeTakeFirstOrThrow();
      assert.deepEqual([JSON.parse(audit.after_json!).by, audit.acting_organisation_id, audit.actor_user_id], ['expert', null, expert.userId]);
      assert.equal((await manager.post(`/api/v1/engagements/${id}/sign-off`)).body.error.code, 'engagement.not_active');
    });

    it('lets either a cancellation or a sign-off win a race, never both', async () => {
      for (let round = 0; round < 3; round++) {
        const expert = await t.user();
        const id = await engagementFor(expert);
        assert.equal((await expert.post(`/api/v1/engagements/${id}/logs`, { workedOn: daysAgo(1), minutes: 60 })).status, 201);
        const [signed, cancelled] = await Promise.all([manager.post(`/api/v1/engagements/${id}/sign-off`), expert.post(`/api/v1/engagements/${id}/cancel`, { reason: 'Changed plans' })]);
        const status = (await t.db.selectFrom('engagements').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
        const made = await contributionsOf(`engagement:${id}`);
        if (status === 'signed_off') {
          assert.deepEqual([signed.status, cancelled.body.error?.code, made.length], [200, 'engagement.not_active', 1]);
        } else {
          assert.equal(status, 'cancelled');
          assert.deepEqual([cancelled.status, signed.body.error?.code, made.length], [200, 'engagement.not_active', 0]);
        }
      }
    });
  });
}
