// The public catalogue: filters at any priority level, sorting, pagination, and bilingual search.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { INKIND_NEED, MONEY_NEED, TIME_NEED, activate, draftInitiative, priorityId } from '../../../test/initiatives.ts';

for (const dialect of dialects()) {
  describe(`initiative catalogue and search (${dialect})`, () => {
    let t: TestApp;
    let manager: SignedInClient;
    let reviewer: SignedInClient;
    let orgId: string;
    const ids: Record<string, string> = {};

    before(async () => {
      t = await createTestApp(dialect);
      reviewer = await t.user({ platformRole: 'reviewer' });
      manager = await t.user();
      orgId = (await t.organisation(manager, { nameAr: 'جمعية الأمل الخيرية' })).id;
      await manager.patch(`/api/v1/organisations/${orgId}`, { nameEn: 'Al Amal Charity' });
      const make = async (key: string, overrides: Record<string, unknown>, needs: Record<string, unknown>[], live = true) => {
        const i = await draftInitiative(t, manager, orgId, overrides, needs);
        if (live) await activate(manager, reviewer, i.id);
        ids[key] = i.id;
      };
      await make('volunteers', {
        titleAr: 'المُتَطَوِّعُونَ في المستشفى', titleEn: 'Hospital volunteering programme', summaryAr: 'رعاية المرضى', summaryEn: 'Care for patients',
        emirate: 'dubai', endDate: '2026-12-10', priorityIds: [await priorityId(t, 'dubai_social_agenda_33', 'healthcare')],
      }, [TIME_NEED]);
      await make('schools', {
        titleAr: 'حقائب مدرسية للأسر', titleEn: 'School bags for families', summaryAr: 'لوازم العام الدراسي', summaryEn: 'Kits for the school year', descriptionAr: 'توزيع الحقائب والمدارس الشريكة في إمارة الشارقة',
        emirate: 'sharjah', endDate: '2027-06-30', priorityIds: [await priorityId(t, 'ataa_areas', 'education')],
      }, [INKIND_NEED, MONEY_NEED]);
      await make('reading', {
        titleAr: 'نادي القراءة', titleEn: 'Reading club', summaryAr: 'كتب للأطفال', summaryEn: 'Books for children', emirate: 'dubai', endDate: null,
        priorityIds: [await priorityId(t, 'dubai_social_agenda_33', 'education')],
      }, [MONEY_NEED]);
      await make('draft', { titleAr: 'مبادرة المتطوعين السرية', titleEn: 'Secret volunteers draft', summaryAr: null, summaryEn: null, emirate: 'dubai' }, [TIME_NEED], false);
    });
    after(async () => { await t.close(); });

    const list = async (qs: string) => (await t.client().get(`/api/v1/initiatives?${qs}`)).body;
    const found = async (q: string) => {
      const r = await t.client().get(`/api/v1/initiatives?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, `${q}: ${JSON.stringify(r.body)}`);
      return r.body.items.map((i: any) => i.id);
    };

    it('lists only public initiatives, newest first, paginated', async () => {
      const all = await list('pageSize=2');
      assert.equal(all.total, 3);
      assert.equal(all.items.length, 2);
      assert.equal(all.items[0].id, ids.reading);
      const page2 = await list('pageSize=2&page=2');
      assert.deepEqual(page2.items.map((i: any) => i.id), [ids.volunteers]);
      assert.deepEqual((await list('status=draft')).items, []);
      assert.deepEqual((await list('q=zzzznothing')).items, []);
    });

    it('filters by a priority at any level, through the tree and the crosswalk', async () => {
      const sdg4 = await priorityId(t, 'sdg', '4');
      const byGoal = (await list(`priorityId=${sdg4}`)).items.map((i: any) => i.id).sort();
      assert.deepEqual(byGoal, [ids.reading, ids.schools].sort(), 'Dubai education aim → SDG 4.1 → goal 4; platform education → SDG 4');
      const uaeSociety = await priorityId(t, 'we_the_uae_2031', 'forward_society');
      const byPillar = (await list(`priorityId=${uaeSociety}`)).items.map((i: any) => i.id).sort();
      assert.deepEqual(byPillar, [ids.reading, ids.volunteers].sort(), 'Dubai aims roll up to the national pillar');
      const sdg14 = await priorityId(t, 'sdg', '14');
      assert.equal((await list(`priorityId=${sdg14}`)).total, 0);
    });

    it('filters by emirate, need kind and organisation, and sorts by ending soon and most needed', async () => {
      assert.deepEqual((await list('emirate=sharjah')).items.map((i: any) => i.id), [ids.schools]);
      assert.deepEqual((await list('needKind=in_kind')).items.map((i: any) => i.id), [ids.schools]);
      assert.equal((await list(`organisationId=${orgId}`)).total, 3);
      const ending = (await list('sort=ending_soon')).items.map((i: any) => i.id);
      assert.deepEqual(ending, [ids.volunteers, ids.schools, ids.reading], 'soonest end first, open-ended last');
      const needed = (await list('sort=most_needed')).items.map((i: any) => i.id);
      assert.equal(needed[0], ids.schools, 'the initiative with the most open needs first');
    });

    it('finds Arabic text regardless of diacritics, hamza, alef maqsura and taa marbuta', async () => {
      assert.deepEqual(await found('المتطوعون'), [ids.volunteers], 'query without diacritics finds text with them');
      assert.deepEqual(await found('مُسْتَشْفَى'), [ids.volunteers], 'query with diacritics finds text without');
      assert.deepEqual(await found('مستشفي'), [ids.volunteers], 'alef maqsura written as yaa');
      assert.deepEqual(await found('رعايه المرضي'), [ids.volunteers], 'taa marbuta as haa');
      assert.deepEqual(await found('اسر'), [ids.schools], 'hamza on alef omitted (الأسر)');
      assert.deepEqual(await found('امارة الشارقة'), [ids.schools]);
    });

    it('stems Arabic and English words', async () => {
      assert.deepEqual(await found('المتطوعين'), [ids.volunteers], '"المتطوعين" finds "المتطوعون"');
      assert.deepEqual(await found('volunteer'), [ids.volunteers], '"volunteer" finds "volunteering"');
      assert.deepEqual(await found('volunteering'), [ids.volunteers]);
      assert.deepEqual(await found('family'), [ids.schools], '"family" finds "families"');
      assert.deepEqual(await found('والمدارس'), [ids.schools], 'the conjunction و is split off');
      assert.deepEqual(await found('read'), [ids.reading], 'the last word also matches as a prefix');
    });

    it('searches organisation names and follows a rename', async () => {
      assert.equal((await found('الامل')).length, 3);
      assert.equal((await found('Amal charity')).length, 3);
      await manager.patch(`/api/v1/organisations/${orgId}`, { nameEn: 'Hope Foundation' });
      assert.equal((await found('Hope')).length, 3);
      assert.equal((await found('Amal charity')).length, 0);
    });

    it('never returns drafts from search', async () => {
      assert.ok(!(await found('السرية')).includes(ids.draft));
    });

    it('protects priorities in use from deletion', async () => {
      const admin = await t.user({ platformRole: 'admin' });
      const aim = await priorityId(t, 'dubai_social_agenda_33', 'healthcare');
      const r = await admin.delete(`/api/v1/priorities/${aim}`);
      assert.equal(r.status, 409);
      assert.equal(r.body.error.code, 'priority.in_use');
      assert.equal((await t.client().get(`/api/v1/priorities/${aim}`)).status, 200);
    });
  });
}
