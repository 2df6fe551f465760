import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { activate, draftInitiative } from '../../../test/initiatives.ts';
import { defaultSkills, ensureVolunteerSkills } from './skills.service.ts';

for (const dialect of dialects()) {
  describe(`volunteer skills list (${dialect})`, () => {
    let t: TestApp;
    let admin: SignedInClient;
    let manager: SignedInClient;
    const publicList = async () => {
      const r = await t.client().get('/api/v1/volunteer-skills');
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return r.body.items as { code: string; nameAr: string; nameEn: string }[];
    };

    before(async () => {
      t = await createTestApp(dialect);
      admin = await t.user({ platformRole: 'admin' });
      manager = await t.user();
    });
    after(async () => { await t.close(); });

    it('starts with the shipped list, in its order, on a fresh database', async () => {
      const shipped = defaultSkills();
      assert.ok(shipped.length >= 20);
      assert.deepEqual(await publicList(), shipped.map(({ code, nameAr, nameEn }) => ({ code, nameAr, nameEn })));
      const all = (await admin.get('/api/v1/admin/volunteer-skills')).body.items;
      assert.equal(all.length, shipped.length);
      assert.ok(all.every((s: any) => s.active === true && Number.isInteger(s.sortOrder)));
    });

    it('lets an admin add a skill that then appears publicly in both languages', async () => {
      const r = await admin.post('/api/v1/volunteer-skills', { code: 'beach_cleanup', nameAr: 'تنظيف الشواطئ', nameEn: 'Beach clean-up' });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.active, true);
      const list = await publicList();
      assert.deepEqual(list.at(-1), { code: 'beach_cleanup', nameAr: 'تنظيف الشواطئ', nameEn: 'Beach clean-up' }, 'a new skill goes to the end');
      const audit = await t.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('entity_type', '=', 'volunteer_skill').where('entity_id', '=', 'beach_cleanup').execute();
      assert.deepEqual(audit, [{ action: 'volunteer_skill.create', actor_user_id: admin.userId }]);
    });

    it('refuses a code already in the list (409) and a malformed one (400)', async () => {
      const again = await admin.post('/api/v1/volunteer-skills', { code: 'beach_cleanup', nameAr: 'تنظيف', nameEn: 'Clean-up' });
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'skill.code_taken');
      assert.equal((await admin.post('/api/v1/volunteer-skills', { code: 'first_aid', nameAr: 'إسعاف', nameEn: 'Aid' })).body.error.code, 'skill.code_taken', 'shipped codes too');
      const bad = await admin.post('/api/v1/volunteer-skills', { code: 'Beach Cleanup', nameAr: 'تنظيف', nameEn: 'Clean-up' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.details.fields[0].code, 'validation.invalid_code');
      assert.equal((await publicList()).filter((s) => s.code === 'beach_cleanup')[0]!.nameEn, 'Beach clean-up', 'the first one is unchanged');
    });

    it('is kept by platform admins only', async () => {
      const reviewer = await t.user({ platformRole: 'reviewer' });
      for (const who of [manager, reviewer]) {
        assert.equal((await who.post('/api/v1/volunteer-skills', { code: 'not_mine', nameAr: 'ليست لي', nameEn: 'Not mine' })).status, 403);
        assert.equal((await who.patch('/api/v1/volunteer-skills/first_aid', { active: false })).status, 403);
        assert.equal((await who.get('/api/v1/admin/volunteer-skills')).status, 403);
      }
      assert.equal((await t.client().post('/api/v1/volunteer-skills', { code: 'not_mine', nameAr: 'ليست لي', nameEn: 'Not mine' })).status, 401);
      assert.ok((await publicList()).some((s) => s.code === 'first_aid'));
      assert.ok(!(await publicList()).some((s) => s.code === 'not_mine'));
    });

    it('renames and reorders; a deactivated skill leaves the public list but stored codes keep working', async () => {
      const reviewer = await t.user({ platformRole: 'reviewer' });
      const orgId = (await t.organisation(manager)).id;
      const ini = await draftInitiative(t, manager, orgId, {}, [{ kind: 'time', targetHours: 40 }]);
      await activate(manager, reviewer, ini.id);
      const need = (await manager.get(`/api/v1/initiatives/${ini.id}`)).body.needs[0];
      const opp = await manager.post(`/api/v1/organisations/${orgId}/opportunities`, { initiativeId: ini.id, needId: need.id, titleEn: 'Jumeirah beach day', emirate: 'dubai', skills: ['beach_cleanup'] });
      assert.equal(opp.status, 201, JSON.stringify(opp.body));
      const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
      assert.equal((await manager.post(`/api/v1/opportunities/${opp.body.id}/shifts`, { startsAt: inDays(3), endsAt: inDays(3.1), capacity: 5 })).status, 201);
      const profile = await manager.request('PUT', '/api/v1/me/volunteer-profile', { skills: ['beach_cleanup', 'Kayaking'] });
      assert.equal(profile.status, 200, JSON.stringify(profile.body));

      const renamed = await admin.patch('/api/v1/volunteer-skills/beach_cleanup', { nameEn: 'Beach and mangrove clean-up', sortOrder: 1 });
      assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
      assert.deepEqual((await publicList())[0], { code: 'beach_cleanup', nameAr: 'تنظيف الشواطئ', nameEn: 'Beach and mangrove clean-up' }, 'sort order 1 comes first');

      const off = await admin.patch('/api/v1/volunteer-skills/beach_cleanup', { active: false });
      assert.equal(off.status, 200);
      assert.equal(off.body.active, false);
      assert.ok(!(await publicList()).some((s) => s.code === 'beach_cleanup'), 'gone from the public list');
      const all = (await admin.get('/api/v1/admin/volunteer-skills')).body.items;
      assert.equal(all.find((s: any) => s.code === 'beach_cleanup').active, false, 'still listed for admins');

      const found = await t.client().get('/api/v1/opportunities?skill=beach_cleanup');
      assert.deepEqual(found.body.items.map((o: any) => o.id), [opp.body.id], 'browsing by the code still finds the opportunity');
      assert.deepEqual((await t.client().get(`/api/v1/opportunities/${opp.body.id}`)).body.skills, ['beach_cleanup']);
      assert.deepEqual((await manager.get('/api/v1/me/volunteer-profile')).body.skills, ['beach_cleanup', 'Kayaking']);
      assert.equal((await manager.request('PUT', '/api/v1/me/volunteer-profile', { skills: ['beach_cleanup'] })).status, 200, 'and can be saved again');

      const on = await admin.patch('/api/v1/volunteer-skills/beach_cleanup', { active: true });
      assert.equal(on.body.active, true);
      assert.ok((await publicList()).some((s) => s.code === 'beach_cleanup'), 'back once reactivated');
      const actions = await t.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'volunteer_skill').where('entity_id', '=', 'beach_cleanup').orderBy('id').execute();
      assert.deepEqual(actions.map((a) => a.action), ['volunteer_skill.create', 'volunteer_skill.update', 'volunteer_skill.update', 'volunteer_skill.update']);
      assert.equal((await admin.patch('/api/v1/volunteer-skills/no_such_skill', { active: false })).status, 404);
    });

    it('adds only missing shipped skills on start, leaving what admins changed', async () => {
      await admin.patch('/api/v1/volunteer-skills/first_aid', { nameEn: 'First aid and CPR', active: false });
      await t.db.deleteFrom('volunteer_skills').where('code', '=', 'driving').execute();
      const before = (await t.db.selectFrom('volunteer_skills').select('code').execute()).length;
      await ensureVolunteerSkills(t.db);
      await ensureVolunteerSkills(t.db);
      assert.equal((await t.db.selectFrom('volunteer_skills').select('code').execute()).length, before + 1, 'driving is back, once');
      const firstAid = await t.db.selectFrom('volunteer_skills').selectAll().where('code', '=', 'first_aid').executeTakeFirstOrThrow();
      assert.equal(firstAid.name_en, 'First aid and CPR');
      assert.equal(firstAid.active, 0, 'a deactivated default stays deactivated');
    });
  });
}
