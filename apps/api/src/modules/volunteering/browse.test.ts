import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { activate, draftInitiative, priorityId } from '../../../test/initiatives.ts';

const inDays = (d: number, h = 0) => new Date(Date.now() + d * 86_400_000 + h * 3_600_000).toISOString();

for (const dialect of dialects()) {
  describe(`browsing opportunities (${dialect})`, () => {
    let t: TestApp;
    let manager: SignedInClient;
    let member: SignedInClient;
    let orgId: string;
    const ids: Record<string, string> = {};
    const browse = async (query: string) => {
      const r = await t.client().get(`/api/v1/opportunities?pageSize=100&${query}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return (r.body.items as { id: string }[]).map((i) => i.id).sort();
    };
    const only = (...keys: string[]) => keys.map((k) => ids[k]!).sort();

    before(async () => {
      t = await createTestApp(dialect);
      manager = await t.user();
      member = await t.user();
      const reviewer = await t.user({ platformRole: 'reviewer' });
      orgId = (await t.organisation(manager)).id;
      await t.addMember(manager, orgId, member, 'member');
      // Reading (Dubai education aim, which rolls up to SDG 4) and a clinic (Dubai healthcare aim).
      const reading = await draftInitiative(t, manager, orgId, {}, [{ kind: 'time', targetHours: 100 }]);
      const clinic = await draftInitiative(t, manager, orgId, { titleAr: 'عيادة متنقلة', titleEn: 'Mobile clinic', priorityIds: [await priorityId(t, 'dubai_social_agenda_33', 'healthcare')] }, [{ kind: 'time', targetHours: 100 }]);
      for (const i of [reading, clinic]) await activate(manager, reviewer, i.id);
      const needOf = async (i: { id: string }) => (await manager.get(`/api/v1/initiatives/${i.id}`)).body.needs[0].id as string;
      const create = async (key: string, ini: { id: string }, body: Record<string, unknown>) => {
        const r = await manager.post(`/api/v1/organisations/${orgId}/opportunities`, { initiativeId: ini.id, needId: await needOf(ini), emirate: 'dubai', ...body });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        ids[key] = r.body.id;
      };
      await create('tutors', reading, { titleAr: 'مدرّسو القراءة', titleEn: 'Reading Tutors', skills: ['teaching'], languages: ['ar', 'en'] });
      await create('signing', reading, { titleAr: 'قصص بلغة الإشارة', titleEn: 'Story time in sign language', skills: ['Sign language', 'Childcare'], languages: ['ar'] });
      await create('drivers', clinic, { titleAr: 'سائقو العيادة', titleEn: 'Clinic drivers', skills: ['القيادة والتوصيل'], languages: ['ur', 'hi'] });
      await create('forklift', clinic, { titleEn: 'Warehouse forklift', skills: ['Forklift licence'], languages: ['en'] });
      await manager.post(`/api/v1/opportunities/${ids.tutors}/shifts`, { startsAt: inDays(3), endsAt: inDays(3, 2), capacity: 4 });
      await manager.post(`/api/v1/opportunities/${ids.tutors}/shifts`, { startsAt: inDays(4), endsAt: inDays(4, 2), capacity: 4 });
      const cancelled = (await manager.post(`/api/v1/opportunities/${ids.drivers}/shifts`, { startsAt: inDays(5), endsAt: inDays(5, 2), capacity: 2 })).body.items[0].id;
      await manager.post(`/api/v1/shifts/${cancelled}/cancel`, { reason: 'Clinic closed for maintenance' });
    });
    after(async () => { await t.close(); });

    it('lists a bilingual skills list as data', async () => {
      const r = await t.client().get('/api/v1/volunteer-skills');
      assert.equal(r.status, 200);
      assert.ok(r.body.items.length >= 20);
      assert.deepEqual(r.body.items.find((s: any) => s.code === 'first_aid'), { code: 'first_aid', nameAr: 'الإسعافات الأولية', nameEn: 'First aid' });
      assert.equal(new Set(r.body.items.map((s: any) => s.code)).size, r.body.items.length, 'codes are unique');
      assert.ok(r.body.items.every((s: any) => /[\u0600-\u06FF]/.test(s.nameAr) && s.nameEn));
    });

    it('filters by skill (code or free text, either language), language, priority at any level and title', async () => {
      assert.deepEqual(await browse('skill=sign_language'), only('signing'), 'a code matches the English name');
      assert.deepEqual(await browse('skill=driving'), only('drivers'), 'and the Arabic name');
      assert.deepEqual(await browse('skill=teaching'), only('tutors'), 'and the code itself');
      assert.deepEqual(await browse('skill=forklift%20LICENCE'), only('forklift'), 'free text, any case');
      assert.deepEqual(await browse('skill=Forklift'), [], 'a whole skill, not part of one');
      assert.deepEqual(await browse('language=ar'), only('tutors', 'signing'));
      assert.deepEqual(await browse('language=ur&skill=driving'), only('drivers'));
      assert.deepEqual(await browse(`priorityId=${await priorityId(t, 'sdg', '4')}`), only('tutors', 'signing'), 'SDG 4 finds the Dubai education aim');
      assert.deepEqual(await browse(`priorityId=${await priorityId(t, 'dubai_social_agenda_33', 'healthcare')}`), only('drivers', 'forklift'));
      assert.deepEqual(await browse(`priorityId=${await priorityId(t, 'sdg', '14')}`), []);
      assert.deepEqual(await browse('q=reading%20TUT'), only('tutors'), 'title search ignores case');
      assert.deepEqual(await browse(`q=${encodeURIComponent('الإشارة')}`), only('signing'), 'and searches the Arabic title');
      assert.deepEqual(await browse('q=100%25'), [], 'wildcards are plain text');
      assert.deepEqual(await browse(`from=${inDays(4).slice(0, 10)}&q=tutor`), only('tutors'));
      assert.deepEqual(await browse(`from=${inDays(5).slice(0, 10)}&skill=driving`), [], 'cancelled shifts do not count');
      const bad = await t.client().get('/api/v1/opportunities?language=Arabic');
      assert.equal(bad.status, 400);
    });

    it("lists the organisation's opportunities with shift counts for its members", async () => {
      const r = await member.get(`/api/v1/organisations/${orgId}/opportunities`);
      assert.equal(r.status, 200);
      assert.equal(r.body.total, 4);
      const tutors = r.body.items.find((o: any) => o.id === ids.tutors);
      assert.deepEqual(tutors.shiftCounts, { total: 2, upcoming: 2, cancelled: 0 });
      assert.deepEqual(r.body.items.find((o: any) => o.id === ids.drivers).shiftCounts, { total: 1, upcoming: 0, cancelled: 1 });
      const stranger = await t.user();
      assert.equal((await stranger.get(`/api/v1/organisations/${orgId}/opportunities`)).status, 404);
    });
  });
}
