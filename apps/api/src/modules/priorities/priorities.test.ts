import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';

// The original files in ../shared (beside the clone, locally and in CI), not the project's copy:
// the seed must match them exactly. Outside CI, a checkout without ../shared compares with the copy.
const ORIGINAL = path.resolve(import.meta.dirname, '../../../../../../shared/data/sdg');
const SHARED = fs.existsSync(ORIGINAL) || process.env.CI === 'true' ? ORIGINAL : path.resolve(import.meta.dirname, '../../../data/sdg');
const yml = (f: string) => parseYaml(fs.readFileSync(path.join(SHARED, f), 'utf8')) as Record<string, string>;

function flatten(nodes: any[]): any[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);
}

for (const dialect of dialects()) {
  describe(`priority frameworks (${dialect})`, () => {
    let t: TestApp;
    let admin: SignedInClient;
    let frameworks: Record<string, any>;
    before(async () => {
      t = await createTestApp(dialect);
      admin = await t.user({ platformRole: 'admin' });
      const list = await t.client().get('/api/v1/frameworks');
      frameworks = Object.fromEntries(list.body.items.map((f: any) => [f.code, f]));
    });
    after(async () => { await t.close(); });

    const tree = async (code: string) => (await t.client().get(`/api/v1/frameworks/${frameworks[code].id}`)).body;
    const byCode = async (fw: string, code: string) => flatten((await tree(fw)).priorities).find((p) => p.code === code);

    it('seeds the UN SDGs: 17 goals and 169 targets with the exact Arabic and English texts', async () => {
      const sdg = await tree('sdg');
      assert.equal(sdg.level, 'global');
      assert.equal(sdg.priorities.length, 17);
      assert.equal(flatten(sdg.priorities).length - 17, 169);
      const [goalsAr, goalsEn, targetsAr, targetsEn] = ['global_goals.ar.yml', 'global_goals.en.yml', 'global_targets.ar.yml', 'global_targets.en.yml'].map(yml);
      for (const g of [1, 4, 10, 17]) {
        const goal = sdg.priorities.find((p: any) => p.code === String(g));
        assert.equal(goal.titleAr, goalsAr[`${g}-title`]);
        assert.equal(goal.titleEn, goalsEn[`${g}-title`]);
        assert.equal(goal.shortAr, goalsAr[`${g}-short`]);
        assert.equal(goal.shortEn, goalsEn[`${g}-short`]);
      }
      for (const code of ['1.1', '4.7', '11.a', '16.10', '17.19']) {
        const target = flatten(sdg.priorities).find((p: any) => p.code === code);
        const key = `${code.replace('.', '-')}-title`;
        assert.equal(Buffer.compare(Buffer.from(target.titleAr), Buffer.from(targetsAr[key]!)), 0, `${code} Arabic byte-exact`);
        assert.equal(target.titleEn, targetsEn[key]);
      }
      const goal16 = sdg.priorities.find((p: any) => p.code === '16');
      assert.deepEqual(goal16.children.slice(0, 3).map((c: any) => c.code), ['16.1', '16.2', '16.3']);
      assert.equal(goal16.children.at(-1).code, '16.b', 'lettered targets come after numbered ones');
    });

    it('seeds the platform areas, UAE 2031 and Dubai Social Agenda 33 with their sources', async () => {
      const areas = await tree('ataa_areas');
      assert.deepEqual(areas.priorities.map((p: any) => p.code), ['education', 'health', 'social_support', 'housing', 'sports', 'culture_arts', 'environment']);
      assert.equal(areas.priorities[5].titleAr, 'الثقافة والفنون');
      const uae = await tree('we_the_uae_2031');
      assert.equal(uae.level, 'national');
      assert.equal(uae.priorities.length, 4);
      assert.match(uae.source, /We the UAE 2031/);
      const dubai = await tree('dubai_social_agenda_33');
      assert.equal(dubai.level, 'local');
      assert.equal(dubai.priorities.length, 5);
      assert.ok(dubai.source);
    });

    it('rolls a local aim up to the national pillar and SDG targets and goals', async () => {
      const aim = await byCode('dubai_social_agenda_33', 'education');
      const r = await t.client().get(`/api/v1/priorities/${aim.id}`);
      assert.equal(r.status, 200);
      const reached = r.body.chain.map((s: any) => `${s.framework.code}:${s.priority.code}:${s.via}`);
      assert.ok(reached.includes('dubai_social_agenda_33:education:self'));
      assert.ok(reached.includes('we_the_uae_2031:forward_society:link'));
      assert.ok(reached.includes('sdg:4.1:link'));
      assert.ok(reached.includes('sdg:4:parent'), 'the target’s goal is reached through the tree');
      const levels = new Set(r.body.chain.map((s: any) => s.framework.level));
      assert.deepEqual([...levels].sort(), ['global', 'local', 'national']);
    });

    it('lets admins add links, refuses loops and same-framework links, and records who set them', async () => {
      const area = await byCode('ataa_areas', 'sports');
      const aim = await byCode('dubai_social_agenda_33', 'quality_of_living');
      const r = await admin.post('/api/v1/priority-links', { fromPriorityId: aim.id, toPriorityId: area.id });
      assert.equal(r.status, 201);
      assert.equal((await admin.post('/api/v1/priority-links', { fromPriorityId: aim.id, toPriorityId: area.id })).body.error.code, 'priority_link.exists');
      const loop = await admin.post('/api/v1/priority-links', { fromPriorityId: area.id, toPriorityId: aim.id });
      assert.equal(loop.status, 409);
      assert.equal(loop.body.error.code, 'priority.cycle');
      const other = await byCode('dubai_social_agenda_33', 'healthcare');
      assert.equal((await admin.post('/api/v1/priority-links', { fromPriorityId: aim.id, toPriorityId: other.id })).body.error.code, 'priority_link.same_framework');
      const links = await t.client().get(`/api/v1/frameworks/${frameworks.ataa_areas.id}/links`);
      const mine = links.body.items.find((l: any) => l.fromPriorityId === aim.id && l.toPriorityId === area.id);
      assert.equal(mine.createdBy, admin.userId);
      const seeded = links.body.items.find((l: any) => l.fromCode === 'education' && l.toCode === '4');
      assert.equal(seeded.createdBy, null, 'seeded links have no person behind them');
      assert.equal((await admin.delete(`/api/v1/priority-links?fromPriorityId=${aim.id}&toPriorityId=${area.id}`)).status, 204);
      assert.equal((await admin.delete(`/api/v1/priority-links?fromPriorityId=${aim.id}&toPriorityId=${area.id}`)).status, 404);
    });

    it('lets admins keep frameworks and priorities; others may only read', async () => {
      const u = await t.user();
      const body = { code: 'oasis_csr', level: 'organisation', nameAr: 'ركائز المسؤولية المجتمعية', nameEn: 'CSR pillars' };
      assert.equal((await u.post('/api/v1/frameworks', body)).status, 403);
      const f = await admin.post('/api/v1/frameworks', body);
      assert.equal(f.status, 201);
      assert.equal((await admin.post('/api/v1/frameworks', body)).body.error.code, 'framework.code_taken');
      const p1 = await admin.post('/api/v1/priorities', { frameworkId: f.body.id, code: 'youth', titleAr: 'الشباب', titleEn: 'Youth' });
      assert.equal(p1.status, 201);
      const p2 = await admin.post('/api/v1/priorities', { frameworkId: f.body.id, parentId: p1.body.id, code: 'youth.skills', titleAr: 'مهارات الشباب', titleEn: 'Youth skills' });
      assert.equal(p2.status, 201);
      assert.equal((await admin.patch(`/api/v1/priorities/${p1.body.id}`, { parentId: p2.body.id })).body.error.code, 'priority.cycle');
      assert.equal((await admin.delete(`/api/v1/priorities/${p1.body.id}`)).body.error.code, 'priority.has_children');
      const edited = await admin.patch(`/api/v1/priorities/${p2.body.id}`, { titleEn: 'Skills for young people' });
      assert.equal(edited.body.titleEn, 'Skills for young people');
      const full = await t.client().get(`/api/v1/frameworks/${f.body.id}`);
      assert.equal(full.body.priorities[0].children[0].code, 'youth.skills');
      const found = await t.client().get(`/api/v1/priorities?q=${encodeURIComponent('مهارات')}&frameworkId=${f.body.id}`);
      assert.equal(found.body.items.length, 1);
      assert.equal((await admin.delete(`/api/v1/frameworks/${f.body.id}`)).status, 204);
      assert.equal((await t.client().get(`/api/v1/frameworks/${f.body.id}`)).status, 404);
    });

    it('exports a framework as JSON and CSV and imports it back unchanged', async () => {
      const json = await t.client().get(`/api/v1/frameworks/${frameworks.dubai_social_agenda_33.id}/export?format=json`);
      assert.equal(json.status, 200);
      assert.match(String(json.headers['content-disposition']), /dubai_social_agenda_33\.json/);
      const doc = json.body;
      assert.equal(doc.priorities.length, 5);
      assert.ok(doc.links.some((l: string[]) => l[0] === 'dubai_social_agenda_33' && l[2] === 'sdg'));
      const csv = await t.client().get(`/api/v1/frameworks/${frameworks.sdg.id}/export?format=csv`);
      assert.match(csv.body, /^\uFEFFcode,parent_code,title_ar,title_en,short_ar,short_en/);
      assert.equal(csv.body.trim().split('\n').length, 1 + 17 + 169);

      const again0 = await admin.post('/api/v1/frameworks/import', { format: 'json', framework: doc });
      assert.equal(again0.status, 200, 'an exported file imports back as it is, links included');
      assert.deepEqual([again0.body.added, again0.body.updated, again0.body.linksAdded], [0, 0, 0]);
      const copy = { ...doc, code: 'dubai_copy', links: doc.links.map((l: string[]) => (l[0] === 'dubai_social_agenda_33' ? ['dubai_copy', l[1], l[2], l[3]] : l)) };
      const imported = await admin.post('/api/v1/frameworks/import', { format: 'json', framework: copy });
      assert.equal(imported.status, 200, JSON.stringify(imported.body));
      assert.equal(imported.body.added, 5);
      assert.ok(imported.body.linksAdded >= 5, 'the copy gets its crosswalk links');
      const again = await admin.post('/api/v1/frameworks/import', { format: 'json', framework: copy });
      assert.deepEqual([again.body.added, again.body.updated], [0, 0], 'importing the same file twice changes nothing');

      const csvImport = await admin.post('/api/v1/frameworks/import', {
        format: 'csv', code: 'sdg_copy', level: 'global', nameAr: 'نسخة', nameEn: 'Copy', csv: csv.body,
      });
      assert.equal(csvImport.status, 200, JSON.stringify(csvImport.body));
      assert.equal(csvImport.body.added, 186);
      const sdgAgain = await admin.post('/api/v1/frameworks/import', { format: 'csv', code: 'sdg', level: 'global', nameAr: 'أهداف التنمية المستدامة', nameEn: 'Sustainable Development Goals', csv: csv.body });
      assert.deepEqual([sdgAgain.body.added, sdgAgain.body.updated], [0, 0], 'a CSV round trip leaves the official texts byte-exact');
      const sdgCopy = (await t.client().get('/api/v1/frameworks')).body.items.find((f: any) => f.code === 'sdg_copy');
      const copied = flatten((await t.client().get(`/api/v1/frameworks/${sdgCopy.id}`)).body.priorities).find((p: any) => p.code === '11.a');
      const original = await byCode('sdg', '11.a');
      assert.equal(copied.titleAr, original.titleAr);

      const fixed = await admin.post('/api/v1/frameworks/import', { format: 'csv', code: 'dubai_copy', level: 'local', nameAr: 'نسخة', nameEn: 'Copy', csv: 'code,parent_code,title_ar,title_en\nhealthcare,,الرعاية الصحية الشاملة,Comprehensive healthcare\n' });
      assert.deepEqual([fixed.body.added, fixed.body.updated], [0, 1]);
    });

    it('rejects a CSV with unknown parents or missing titles, and writes nothing', async () => {
      const before = (await t.client().get('/api/v1/frameworks')).body.items.length;
      const r = await admin.post('/api/v1/frameworks/import', { format: 'csv', code: 'broken', level: 'local', nameAr: 'مكسور', nameEn: 'Broken', csv: 'code,parent_code,title_ar,title_en\na,zzz,أ,A\nb,,,B\n' });
      assert.equal(r.status, 400);
      assert.equal(r.body.error.details.fields.length, 2);
      assert.equal((await t.client().get('/api/v1/frameworks')).body.items.length, before);
    });
  });
}
