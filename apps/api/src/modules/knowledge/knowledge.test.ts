import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { activate, draftInitiative } from '../../../test/initiatives.ts';
import { verifyLedger } from '../contributions/index.ts';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

for (const dialect of dialects()) {
  describe(`mentorships and knowledge sessions (${dialect})`, () => {
    let t: TestApp;
    let manager: SignedInClient;
    let member: SignedInClient;
    let mentor: SignedInClient;
    let stranger: SignedInClient;
    let orgId: string;
    let sessionsNeed: string;
    let hoursNeed: string;
    let timeNeed: string;
    let mentorshipId: string;

    const contributionsOf = (source: string) => t.db.selectFrom('contributions').selectAll().where('reference', '=', source).execute();
    const report = (body: Record<string, unknown>) => manager.post(`/api/v1/organisations/${orgId}/knowledge-sessions`, body);

    before(async () => {
      t = await createTestApp(dialect);
      manager = await t.user();
      member = await t.user();
      mentor = await t.user({ name: 'Mentor Maryam' });
      stranger = await t.user();
      const reviewer = await t.user({ platformRole: 'reviewer' });
      orgId = (await t.organisation(manager)).id;
      await t.addMember(manager, orgId, member, 'member');
      const ini = await draftInitiative(t, manager, orgId, {}, [
        { kind: 'knowledge', format: 'mentoring', unit: 'sessions', target: 20 },
        { kind: 'knowledge', format: 'training', unit: 'hours', target: 100 },
        { kind: 'time', targetHours: 50 },
      ]);
      await activate(manager, reviewer, ini.id);
      const needs = (await manager.get(`/api/v1/initiatives/${ini.id}`)).body.needs as any[];
      sessionsNeed = needs.find((n) => n.kind === 'knowledge' && n.unit === 'sessions').id;
      hoursNeed = needs.find((n) => n.kind === 'knowledge' && n.unit === 'hours').id;
      timeNeed = needs.find((n) => n.kind === 'time').id;
    });
    after(async () => {
      const r = await verifyLedger(t.db);
      assert.ok(r.ok, JSON.stringify(r.checks.failed));
      await t.close();
    });

    it('pairs a mentor who has an account with mentees who need not', async () => {
      const url = `/api/v1/organisations/${orgId}/mentorships`;
      const body = { needId: sessionsNeed, mentorEmail: mentor.email, menteeNames: ['Sara Ahmed', 'يوسف علي'], topicAr: 'إدارة المشاريع', topicEn: 'Project management' };
      const unknown = await manager.post(url, { ...body, mentorEmail: 'nobody.at.all@example.test' });
      assert.deepEqual([unknown.status, unknown.body.error.details.fields[0]], [400, { path: 'mentorEmail', code: 'validation.unknown_reference', message: 'No Ataa account matches.' }]);
      assert.equal((await manager.post(url, { ...body, needId: timeNeed })).body.error.details.fields[0].code, 'validation.unknown_reference', 'a time need is not a knowledge need');
      assert.equal((await manager.post(url, { ...body, menteeNames: Array.from({ length: 51 }, (_, i) => `Mentee ${i}`) })).status, 400);
      assert.equal((await manager.post(url, { ...body, menteeNames: [] })).status, 400);
      assert.equal((await member.post(url, body)).status, 403);
      const r = await manager.post(url, body);
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.deepEqual([r.body.mentor.userId, r.body.mentor.displayName, r.body.menteeNames], [mentor.userId, 'Mentor Maryam', ['Sara Ahmed', 'يوسف علي']]);
      mentorshipId = r.body.id;
      const mine = await mentor.get('/api/v1/me/mentorships');
      assert.equal(mine.body.items.length, 1);
      assert.equal(mine.body.items[0].organisation.id, orgId);
      assert.equal((await member.get(url)).body.items[0].id, mentorshipId);
      assert.equal((await stranger.get('/api/v1/me/mentorships')).body.items.length, 0);
    });

    it('lets the mentor report a session; confirming it makes one knowledge entry valued per session', async () => {
      const url = `/api/v1/mentorships/${mentorshipId}/sessions`;
      const body = { topicEn: 'Planning a budget', heldAt: hoursAgo(20), minutes: 90, attendeeCount: 2, materialsUrl: 'https://example.org/budget-slides' };
      assert.equal((await stranger.post(url, body)).status, 404);
      const future = await mentor.post(url, { ...body, heldAt: hoursAgo(-5) });
      assert.deepEqual([future.status, future.body.error.details.fields[0].code], [400, 'validation.in_future']);
      assert.equal((await mentor.post(url, { ...body, materialsUrl: 'http://example.org/x' })).body.error.details.fields[0].code, 'validation.invalid_url');
      assert.equal((await mentor.post(url, { ...body, attendeeCount: 100_001 })).status, 400);
      const r = await mentor.post(url, body);
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.deepEqual([r.body.status, r.body.format, r.body.host.userId, r.body.needId], ['reported', 'mentoring', mentor.userId, sessionsNeed]);

      const decide = (who: SignedInClient) => who.post(`/api/v1/knowledge-sessions/${r.body.id}/decision`, { action: 'confirm' });
      assert.equal((await mentor.post(`/api/v1/knowledge-sessions/${r.body.id}/decision`, { action: 'confirm' })).status, 404, 'the mentor does not confirm their own');
      assert.equal((await decide(member)).status, 403);
      const answers = await Promise.all([decide(manager), decide(manager), decide(manager)]);
      for (const a of answers) assert.equal(a.status, 200, JSON.stringify(a.body));
      assert.equal(new Set(answers.map((a) => a.body.contributionId)).size, 1);
      assert.equal(answers[0]!.body.status, 'confirmed');
      const rows = await contributionsOf(`session:${r.body.id}`);
      assert.equal(rows.length, 1, 'three confirmations, one entry');
      assert.deepEqual([rows[0]!.kind, rows[0]!.contributor_user_id, Number(rows[0]!.quantity), Number(rows[0]!.value_fils)], ['knowledge', mentor.userId, 1, 30_000], 'one session at AED 300');
      const listed = await mentor.get('/api/v1/me/mentorships');
      assert.equal(listed.body.items[0].sessions[0].status, 'confirmed');
    });

    it('values a session of an hours need by its minutes', async () => {
      const r = await report({ needId: hoursNeed, format: 'training', hostUserId: mentor.userId, topicAr: 'مهارات العرض', heldAt: hoursAgo(30), minutes: 90, attendeeCount: 15 });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const c = await manager.post(`/api/v1/knowledge-sessions/${r.body.id}/decision`, { action: 'confirm' });
      assert.equal(c.status, 200, JSON.stringify(c.body));
      const [row] = await contributionsOf(`session:${r.body.id}`);
      assert.equal(Number(row!.value_fils), 30_000, 'an hour and a half at AED 200 an hour');
    });

    it('needs a reason to reject, and a rejected session makes no entry', async () => {
      const r = await report({ needId: hoursNeed, format: 'workshop', hostUserId: mentor.userId, heldAt: hoursAgo(3), minutes: 60, attendeeCount: 40 });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const url = `/api/v1/knowledge-sessions/${r.body.id}/decision`;
      const bare = await manager.post(url, { action: 'reject' });
      assert.deepEqual([bare.status, bare.body.error.details.fields[0].code], [400, 'validation.reason_required']);
      const rej = await manager.post(url, { action: 'reject', reason: 'The workshop was cancelled' });
      assert.deepEqual([rej.status, rej.body.status, rej.body.decisionReason], [200, 'rejected', 'The workshop was cancelled']);
      assert.equal((await manager.post(url, { action: 'confirm' })).body.error.code, 'session.already_decided');
      assert.equal((await contributionsOf(`session:${r.body.id}`)).length, 0);
    });

    it('checks what a session refers to, and keeps hosts from confirming their own', async () => {
      const base = { format: 'workshop', heldAt: hoursAgo(2), minutes: 45, attendeeCount: 5 };
      assert.equal((await report({ ...base, needId: timeNeed })).body.error.details.fields[0].path, 'needId');
      assert.equal((await report({ ...base, needId: hoursNeed, mentorshipId })).body.error.details.fields[0].path, 'mentorshipId', 'the mentorship belongs to another need');
      assert.equal((await report({ ...base, needId: hoursNeed, hostUserId: '00000000-0000-4000-8000-000000000000' })).body.error.details.fields[0].path, 'hostUserId');
      const own = await report({ ...base, needId: hoursNeed });
      assert.equal(own.body.host.userId, manager.userId, 'the reporter hosts by default');
      const c = await manager.post(`/api/v1/knowledge-sessions/${own.body.id}/decision`, { action: 'confirm' });
      assert.deepEqual([c.status, c.body.error.code], [403, 'session.self_confirmation']);
    });

    it('lists sessions by status and counts attendees of confirmed sessions as outputs', async () => {
      const reported = await member.get(`/api/v1/organisations/${orgId}/knowledge-sessions?status=reported&pageSize=1`);
      assert.deepEqual([reported.status, reported.body.total, reported.body.items.length], [200, 1, 1]);
      const all = await member.get(`/api/v1/organisations/${orgId}/knowledge-sessions`);
      assert.equal(all.body.total, 4);
      const out = await member.get(`/api/v1/organisations/${orgId}/knowledge-outputs`);
      assert.equal(out.status, 200);
      assert.deepEqual(out.body, {
        sessions: 2, attendees: 17, minutes: 180,
        byFormat: { mentoring: { sessions: 1, attendees: 2, minutes: 90 }, training: { sessions: 1, attendees: 15, minutes: 90 }, workshop: { sessions: 0, attendees: 0, minutes: 0 } },
      });
      assert.equal((await stranger.get(`/api/v1/organisations/${orgId}/knowledge-outputs`)).status, 404);
    });

    it('ends a mentorship: no new sessions (409 mentorship.ended), sessions already reported can still be decided', async () => {
      const m = await manager.post(`/api/v1/organisations/${orgId}/mentorships`, { needId: sessionsNeed, mentorEmail: mentor.email, menteeNames: ['Noura Saeed'], topicEn: 'Fundraising' });
      assert.equal(m.status, 201, JSON.stringify(m.body));
      const id = m.body.id as string;
      const sessions = `/api/v1/mentorships/${id}/sessions`;
      const body = { topicEn: 'First meeting', heldAt: hoursAgo(10), minutes: 60, attendeeCount: 1 };
      const first = (await mentor.post(sessions, body)).body;
      const second = (await mentor.post(sessions, { ...body, heldAt: hoursAgo(8) })).body;
      assert.deepEqual([first.status, second.status], ['reported', 'reported']);

      const url = `/api/v1/mentorships/${id}/end`;
      assert.equal((await stranger.post(url)).status, 404);
      assert.equal((await mentor.post(url)).status, 404, 'the mentor is not the organisation');
      assert.equal((await member.post(url)).status, 403, 'members do not end mentorships');
      const ended = await manager.post(url, { reason: 'The programme finished' });
      assert.equal(ended.status, 200, JSON.stringify(ended.body));
      assert.deepEqual([ended.body.status, ended.body.endReason, ended.body.sessions.length], ['ended', 'The programme finished', 2]);
      assert.ok(ended.body.endedAt);
      const audit = await t.db.selectFrom('audit_events').selectAll().where('entity_id', '=', id).where('action', '=', 'mentorship.end').execute();
      assert.deepEqual(audit.map((a) => JSON.parse(a.after_json!)), [{ status: 'ended', reason: 'The programme finished' }]);
      const again = await manager.post(url);
      assert.deepEqual([again.status, again.body.error.code], [409, 'mentorship.ended']);

      for (const [who, label] of [[mentor, 'the mentor'], [manager, 'a manager']] as const) {
        const r = await who.post(sessions, body);
        assert.deepEqual([r.status, r.body.error.code], [409, 'mentorship.ended'], label);
      }
      const viaOrg = await report({ needId: sessionsNeed, format: 'mentoring', mentorshipId: id, heldAt: hoursAgo(2), minutes: 30, attendeeCount: 1 });
      assert.deepEqual([viaOrg.status, viaOrg.body.error.code], [409, 'mentorship.ended']);

      const confirmed = await manager.post(`/api/v1/knowledge-sessions/${first.id}/decision`, { action: 'confirm' });
      assert.deepEqual([confirmed.status, confirmed.body.status], [200, 'confirmed']);
      assert.equal((await contributionsOf(`session:${first.id}`)).length, 1);
      const rejected = await manager.post(`/api/v1/knowledge-sessions/${second.id}/decision`, { action: 'reject', reason: 'Reported twice' });
      assert.deepEqual([rejected.status, rejected.body.status], [200, 'rejected']);

      const mine = (await mentor.get('/api/v1/me/mentorships')).body.items.find((x: any) => x.id === id);
      assert.deepEqual([mine.status, mine.endReason], ['ended', 'The programme finished']);
      const bare = await manager.post(`/api/v1/organisations/${orgId}/mentorships`, { needId: sessionsNeed, mentorEmail: mentor.email, menteeNames: ['Ali'] });
      const endedBare = await manager.post(`/api/v1/mentorships/${bare.body.id}/end`);
      assert.deepEqual([endedBare.status, endedBare.body.status, endedBare.body.endReason], [200, 'ended', null], 'the reason is optional');
    });
  });
}
