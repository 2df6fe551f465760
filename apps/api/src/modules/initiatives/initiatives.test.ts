import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { INKIND_NEED, MONEY_NEED, TIME_NEED, activate, draftInitiative, priorityId } from '../../../test/initiatives.ts';

async function countRows(t: TestApp): Promise<string> {
  const n = async (table: 'initiatives' | 'needs' | 'initiative_priorities' | 'audit_events') => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return JSON.stringify([await n('initiatives'), await n('needs'), await n('initiative_priorities'), await n('audit_events')]);
}

for (const dialect of dialects()) {
  describe(`initiatives and needs (${dialect})`, () => {
    let t: TestApp;
    let owner: SignedInClient;
    let manager: SignedInClient;
    let member: SignedInClient;
    let reviewer: SignedInClient;
    let admin: SignedInClient;
    let orgId: string;

    before(async () => {
      t = await createTestApp(dialect);
      admin = await t.user({ platformRole: 'admin' });
      reviewer = await t.user({ platformRole: 'reviewer' });
      owner = await t.user();
      manager = await t.user();
      member = await t.user();
      orgId = (await t.organisation(owner)).id;
      await t.addMember(owner, orgId, manager, 'manager');
      await t.addMember(owner, orgId, member, 'member');
    });
    after(async () => { await t.close(); });

    it('drafts an initiative with three kinds of need; a draft is private', async () => {
      const i = await draftInitiative(t, manager, orgId, {}, [MONEY_NEED, TIME_NEED, INKIND_NEED]);
      assert.equal(i.status, 'draft');
      const full = await manager.get(`/api/v1/initiatives/${i.id}`);
      assert.deepEqual(full.body.needs.map((n: any) => [n.kind, n.target, n.unit]), [['money', 5_000_000, 'fils'], ['time', 200, 'hours'], ['in_kind', 300, 'items']]);
      assert.deepEqual(full.body.needs.map((n: any) => n.progress.confirmed), [0, 0, 0], 'no ledger yet: zero progress');
      assert.equal(full.body.priorities[0].frameworkCode, 'dubai_social_agenda_33');
      assert.equal((await t.client().get(`/api/v1/initiatives/${i.id}`)).status, 404);
      assert.equal((await (await t.user()).get(`/api/v1/initiatives/${i.id}`)).status, 404);
    });

    it('lets only managers of a verified organisation create initiatives', async () => {
      const body = { titleAr: 'مبادرة', emirate: 'dubai', priorityIds: [await priorityId(t, 'ataa_areas', 'health')] };
      assert.equal((await member.post(`/api/v1/organisations/${orgId}/initiatives`, body)).status, 403);
      assert.equal((await (await t.user()).post(`/api/v1/organisations/${orgId}/initiatives`, body)).status, 404);
      const pendingOwner = await t.user();
      const pending = await t.organisation(pendingOwner, { verified: false });
      const r = await pendingOwner.post(`/api/v1/organisations/${pending.id}/initiatives`, body);
      assert.equal(r.status, 403);
      assert.equal(r.body.error.code, 'organisation.not_verified');
    });

    it('refuses invalid initiatives and needs and writes nothing', async () => {
      const i = await draftInitiative(t, manager, orgId);
      const before = await countRows(t);
      const health = await priorityId(t, 'ataa_areas', 'health');
      const bad: [unknown, string][] = [
        [{ emirate: 'dubai', priorityIds: [health] }, 'validation.title_required'],
        [{ titleAr: 'مبادرة', emirate: 'dubai', priorityIds: [health], startDate: '2026-05-01', endDate: '2026-04-01' }, 'validation.end_before_start'],
        [{ titleAr: 'مبادرة', emirate: 'dubai', priorityIds: ['00000000-0000-4000-8000-000000000000'] }, 'validation.unknown_reference'],
        [{ titleAr: 'مبادرة', emirate: 'dubai', priorityIds: [] }, 'validation.priority_required'],
        [{ titleAr: 'مبادرة', emirate: 'atlantis', priorityIds: [health] }, 'validation.invalid_value'],
      ];
      for (const [body, code] of bad) {
        const r = await manager.post(`/api/v1/organisations/${orgId}/initiatives`, body);
        assert.equal(r.status, 400, JSON.stringify(body));
        assert.ok(r.body.error.details.fields.some((f: any) => f.code === code), `${code} in ${JSON.stringify(r.body.error.details)}`);
      }
      const badNeeds: unknown[] = [
        { kind: 'money', targetFils: -100 },
        { kind: 'money', targetFils: 0 },
        { kind: 'money', targetFils: 10.5 },
        { kind: 'money', targetFils: 1000, designations: ['lottery'] },
        { kind: 'hugs', target: 10 },
        { kind: 'time', targetHours: 0 },
        { kind: 'expertise', targetHours: 10, skill: 'Law', level: 'guru' },
        { kind: 'knowledge', format: 'mentoring', unit: 'days', target: 3 },
        { kind: 'in_kind', item: 'Bags', quantity: 5, estimatedValueFils: -1 },
        { kind: 'time', targetHours: 5, deadline: '2026-02-30' },
      ];
      for (const body of badNeeds) {
        const r = await manager.post(`/api/v1/initiatives/${i.id}/needs`, body);
        assert.equal(r.status, 400, JSON.stringify(body));
      }
      assert.equal(await countRows(t), before);
    });

    it('walks the workflow, with each step allowed only to its role', async () => {
      const i = await draftInitiative(t, manager, orgId, {}, []);
      const go = (c: SignedInClient, action: string, comment?: string) => c.post(`/api/v1/initiatives/${i.id}/transitions`, { action, ...(comment ? { comment } : {}) });
      assert.equal((await go(manager, 'submit')).body.error.code, 'initiative.needs_required');
      await manager.post(`/api/v1/initiatives/${i.id}/needs`, TIME_NEED);
      assert.equal((await go(member, 'submit')).status, 403, 'members cannot submit');
      assert.equal((await go(reviewer, 'submit')).status, 403, 'reviewers cannot submit for an organisation');
      assert.equal((await go(manager, 'submit')).body.status, 'submitted');
      assert.equal((await go(manager, 'submit')).body.error.code, 'initiative.invalid_transition');
      const selfApprove = await go(owner, 'approve');
      assert.equal(selfApprove.status, 403);
      assert.equal(selfApprove.body.error.code, 'initiative.reviewer_required');
      assert.equal((await go(reviewer, 'return')).status, 400, 'returning needs a comment');
      const returned = await go(reviewer, 'return', 'أضيفوا تفاصيل عن المستفيدين');
      assert.equal(returned.body.status, 'returned');
      assert.equal((await manager.get(`/api/v1/initiatives/${i.id}`)).body.reviewComment, 'أضيفوا تفاصيل عن المستفيدين');
      assert.equal((await go(manager, 'submit')).body.status, 'submitted');
      assert.equal((await go(reviewer, 'activate')).status, 403);
      const approved = await go(reviewer, 'approve');
      assert.equal(approved.body.status, 'approved');
      assert.ok(approved.body.publishedAt);
      assert.equal((await t.client().get(`/api/v1/initiatives/${i.id}`)).status, 200, 'approved initiatives are public');
      assert.equal((await t.client().get(`/api/v1/initiatives/${i.id}`)).body.reviewComment, undefined, 'review comments stay private');
      assert.equal((await go(manager, 'activate')).body.status, 'active');
      assert.equal((await go(member, 'complete')).status, 403);
      assert.equal((await go(manager, 'complete')).body.status, 'completed');
      assert.equal((await go(manager, 'close')).body.error.code, 'initiative.invalid_transition');
      assert.equal((await manager.patch(`/api/v1/initiatives/${i.id}`, { areaEn: 'Al Quoz' })).body.error.code, 'initiative.not_editable');
      const events = await admin.get(`/api/v1/audit-events?entityId=${i.id}&pageSize=50`);
      assert.deepEqual(events.body.items.map((e: any) => e.action).reverse(), [
        'initiative.create', 'initiative.submit', 'initiative.return', 'initiative.submit', 'initiative.approve', 'initiative.activate', 'initiative.complete',
      ]);
    });

    it('stops reviewers from approving their own organisation’s initiatives; admins may close any', async () => {
      const reviewerInOrg = await t.user({ platformRole: 'reviewer' });
      await t.addMember(owner, orgId, reviewerInOrg, 'member');
      const i = await draftInitiative(t, manager, orgId);
      await manager.post(`/api/v1/initiatives/${i.id}/transitions`, { action: 'submit' });
      const r = await reviewerInOrg.post(`/api/v1/initiatives/${i.id}/transitions`, { action: 'approve' });
      assert.equal(r.body.error.code, 'initiative.conflict_of_interest');
      assert.equal((await reviewer.post(`/api/v1/initiatives/${i.id}/transitions`, { action: 'close' })).status, 403, 'reviewers do not close');
      assert.equal((await admin.post(`/api/v1/initiatives/${i.id}/transitions`, { action: 'close' })).body.status, 'closed');
    });

    it('sends a live initiative back to review only for material edits', async () => {
      const i = await draftInitiative(t, manager, orgId);
      await activate(manager, reviewer, i.id);
      const minor = await manager.patch(`/api/v1/initiatives/${i.id}`, { endDate: '2027-03-31', areaAr: 'القوز', areaEn: 'Al Quoz' });
      assert.equal(minor.body.status, 'active', 'dates and area are not material');
      const same = await manager.patch(`/api/v1/initiatives/${i.id}`, { titleEn: 'Reading for children' });
      assert.equal(same.body.status, 'active', 'an unchanged title is not a change');
      const material = await manager.patch(`/api/v1/initiatives/${i.id}`, { titleEn: 'Reading clubs for children' });
      assert.equal(material.body.status, 'submitted');
      assert.equal(material.body.resumeStatus, 'active');
      assert.equal((await t.client().get(`/api/v1/initiatives/${i.id}`)).status, 404, 'hidden while re-reviewed');
      const queue = await reviewer.get('/api/v1/admin/initiatives?status=submitted&pageSize=100');
      assert.ok(queue.body.items.some((x: any) => x.id === i.id));
      const back = await reviewer.post(`/api/v1/initiatives/${i.id}/transitions`, { action: 'approve' });
      assert.equal(back.body.status, 'active', 're-approval returns it to where it was');
      const retag = await manager.patch(`/api/v1/initiatives/${i.id}`, { priorityIds: [await priorityId(t, 'sdg', '4.6')] });
      assert.equal(retag.body.status, 'submitted', 'changing priorities is material');
    });

    it('edits and closes needs; deletes them only from drafts', async () => {
      const i = await draftInitiative(t, manager, orgId, {}, [MONEY_NEED, TIME_NEED]);
      const needs = (await manager.get(`/api/v1/initiatives/${i.id}`)).body.needs;
      const edited = await manager.patch(`/api/v1/initiatives/${i.id}/needs/${needs[0].id}`, { deadline: '2026-12-01', privateNote: 'Bank: ENBD', publicNote: 'كل درهم يصنع فرقاً' });
      assert.equal(edited.status, 200);
      assert.equal(edited.body.privateNote, 'Bank: ENBD');
      assert.equal((await member.patch(`/api/v1/initiatives/${i.id}/needs/${needs[0].id}`, { deadline: '2026-12-02' })).status, 403);
      assert.equal((await manager.delete(`/api/v1/initiatives/${i.id}/needs/${needs[1].id}`)).status, 204);
      await activate(manager, reviewer, i.id);
      assert.equal((await manager.delete(`/api/v1/initiatives/${i.id}/needs/${needs[0].id}`)).body.error.code, 'need.not_deletable');
      const closed = await manager.patch(`/api/v1/initiatives/${i.id}/needs/${needs[0].id}`, { status: 'closed' });
      assert.equal(closed.body.status, 'closed');
      const pub = await t.client().get(`/api/v1/initiatives/${i.id}`);
      assert.equal(pub.body.needs[0].privateNote, undefined, 'private notes stay private');
      assert.equal(pub.body.needs[0].publicNote, 'كل درهم يصنع فرقاً');
    });

    it('accepts a real PNG cover and refuses other bytes or oversize files', async () => {
      const i = await draftInitiative(t, manager, orgId);
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
      const up = await manager.request('PUT', `/api/v1/initiatives/${i.id}/cover`, png, { 'content-type': 'image/png' });
      assert.equal(up.status, 200, JSON.stringify(up.body));
      const img = await t.app.inject({ method: 'GET', url: up.body.coverUrl });
      assert.equal(img.headers['content-type'], 'image/png');
      assert.ok(img.rawPayload.equals(png));
      const fake = await manager.request('PUT', `/api/v1/initiatives/${i.id}/cover`, Buffer.from('<script>alert(1)</script>'), { 'content-type': 'image/png' });
      assert.equal(fake.status, 400);
      assert.equal(fake.body.error.details.fields[0].code, 'validation.image_type');
      const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]);
      assert.equal((await manager.request('PUT', `/api/v1/initiatives/${i.id}/cover`, big, { 'content-type': 'image/png' })).status, 413);
      assert.equal((await member.request('PUT', `/api/v1/initiatives/${i.id}/cover`, png, { 'content-type': 'image/png' })).status, 403);
      assert.equal((await manager.get(`/api/v1/initiatives/${i.id}`)).body.coverUrl, up.body.coverUrl);
    });
  });
}
