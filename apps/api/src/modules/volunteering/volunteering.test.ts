import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { bulkUsers, createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { activate, draftInitiative } from '../../../test/initiatives.ts';
import { Client } from '../../../test/http.ts';
import { buildApp } from '../../app.ts';
import { createDb } from '../../platform/db/database.ts';
import { weeklyDates } from './volunteering.service.ts';

const inDays = (d: number, h: number) => new Date(Date.now() + d * 86_400_000 + h * 3_600_000).toISOString();

for (const dialect of dialects()) {
  describe(`volunteer shifts (${dialect})`, () => {
    let t: TestApp;
    let manager: SignedInClient;
    let opportunityId: string;
    let orgId: string;
    const shift = async (startsIn: number, hours: number, capacity: number) =>
      (await manager.post(`/api/v1/opportunities/${opportunityId}/shifts`, { startsAt: inDays(startsIn, 0), endsAt: inDays(startsIn, hours), capacity })).body.items[0].id as string;

    before(async () => {
      t = await createTestApp(dialect);
      manager = await t.user();
      const reviewer = await t.user({ platformRole: 'reviewer' });
      const org = await t.organisation(manager, { nameAr: 'جمعية الإفطار' });
      orgId = org.id;
      const ini = await draftInitiative(t, manager, org.id, {}, [{ kind: 'time', targetHours: 500 }]);
      await activate(manager, reviewer, ini.id);
      const timeNeed = (await manager.get(`/api/v1/initiatives/${ini.id}`)).body.needs[0];
      const o = await manager.post(`/api/v1/organisations/${org.id}/opportunities`, { initiativeId: ini.id, needId: timeNeed.id, titleAr: 'توزيع وجبات الإفطار', titleEn: 'Iftar meal distribution', emirate: 'dubai', minAge: 16, skills: ['First aid'], languages: ['ar', 'en'] });
      assert.equal(o.status, 201, JSON.stringify(o.body));
      opportunityId = o.body.id;
    });
    after(async () => { await t.close(); });

    it('generates a weekly series of shifts in one go', async () => {
      assert.deepEqual(weeklyDates('2026-12-01', '2026-12-14', [5, 6]), ['2026-12-04', '2026-12-05', '2026-12-11', '2026-12-12']);
      const r = await manager.post(`/api/v1/opportunities/${opportunityId}/shifts`, { weekly: { weekdays: [5], from: '2027-01-01', until: '2027-01-31', startTime: '16:00', endTime: '20:00' }, capacity: 10 });
      assert.equal(r.status, 201);
      assert.equal(r.body.items.length, 5, 'five Fridays in January 2027');
      assert.equal(r.body.items[0].startsAt, '2027-01-01T12:00:00.000Z', '16:00 in Dubai is 12:00 UTC');
      const bad = await manager.post(`/api/v1/opportunities/${opportunityId}/shifts`, { startsAt: inDays(3, 4), endsAt: inDays(3, 0), capacity: 5 });
      assert.equal(bad.status, 400);
    });

    it('applies the minimum age, waitlists when full, and promotes on cancellation', async () => {
      const s = await shift(5, 3, 1);
      const [a, b] = await bulkUsers(t, 2);
      assert.equal((await a!.post(`/api/v1/shifts/${s}/signups`)).body.error.code, 'shift.age_unknown');
      await a!.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '2015-01-01' });
      assert.equal((await a!.post(`/api/v1/shifts/${s}/signups`)).body.error.code, 'shift.too_young');
      await a!.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1995-05-05', skills: ['First aid'], languages: ['ar'], emergencyContact: '+971 50 000 0000' });
      await b!.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1990-01-01' });
      assert.equal((await a!.post(`/api/v1/shifts/${s}/signups`)).body.status, 'confirmed');
      assert.equal((await a!.post(`/api/v1/shifts/${s}/signups`)).body.error.code, 'shift.already_signed_up');
      assert.equal((await b!.post(`/api/v1/shifts/${s}/signups`)).body.status, 'waitlisted');
      assert.equal((await a!.delete(`/api/v1/shifts/${s}/signups/me`)).status, 204);
      const mine = await b!.get('/api/v1/me/shifts');
      assert.equal(mine.body.items.find((x: any) => x.shiftId === s).status, 'confirmed', 'the first on the waitlist is promoted');
      const mail = await t.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', b!.email).where('kind', '=', 'signup_promoted').execute();
      assert.equal(mail.length, 1, 'and told by email');
      const pub = await t.client().get(`/api/v1/opportunities/${opportunityId}`);
      const row = pub.body.shifts.find((x: any) => x.id === s);
      assert.deepEqual([row.confirmed, row.waitlisted, row.placesLeft], [1, 0, 0]);
      assert.ok(!JSON.stringify(pub.body).includes('+971'), 'private profile fields never appear publicly');
    });

    it('names the organisation on the opportunity and on my shifts', async () => {
      const s = await shift(15, 2, 3);
      const [v] = await bulkUsers(t, 1);
      await v!.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1990-01-01' });
      assert.equal((await v!.post(`/api/v1/shifts/${s}/signups`)).body.status, 'confirmed');
      const organisation = { id: orgId, nameAr: 'جمعية الإفطار', nameEn: 'Test Society' };
      const pub = await t.client().get(`/api/v1/opportunities/${opportunityId}`);
      assert.equal(pub.status, 200, JSON.stringify(pub.body));
      assert.deepEqual(pub.body.organisation, organisation);
      const mine = (await v!.get('/api/v1/me/shifts')).body.items.find((x: any) => x.shiftId === s);
      assert.deepEqual(mine.opportunity, { id: opportunityId, titleAr: 'توزيع وجبات الإفطار', titleEn: 'Iftar meal distribution', emirate: 'dubai', organisation });
    });

    it('keeps interests (priorities at any level) and the home area in the profile', async () => {
      const [v] = await bulkUsers(t, 1);
      const sdg4 = (await t.client().get('/api/v1/priorities?q=Quality education')).body.items[0];
      const saved = await v!.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1990-01-01', emirate: 'sharjah', area: 'الخان', interests: [sdg4.id, sdg4.id] });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body.interests.map((p: any) => p.id), [sdg4.id], 'duplicates collapse');
      assert.equal(saved.body.interests[0].titleEn, sdg4.titleEn, 'titles come back for the form');
      assert.equal(saved.body.area, 'الخان');
      const bad = await v!.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1980-01-01', interests: ['00000000-0000-4000-8000-000000000000'] });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.details.fields[0].path, 'interests');
      const after = await v!.get('/api/v1/me/volunteer-profile');
      assert.equal(after.body.dateOfBirth, '1990-01-01', 'a refused save changes nothing');
    });

    it('refuses a second shift at an overlapping time', async () => {
      const s1 = await shift(9, 4, 5);
      const s2 = await shift(9, 2, 5);
      const [v] = await bulkUsers(t, 1);
      await v!.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1990-01-01' });
      assert.equal((await v!.post(`/api/v1/shifts/${s1}/signups`)).body.status, 'confirmed');
      const clash = await v!.post(`/api/v1/shifts/${s2}/signups`);
      assert.equal(clash.status, 409);
      assert.equal(clash.body.error.code, 'shift.overlaps');
    });

    it('confirms exactly 25 of 300 simultaneous sign-ups (two app processes on PostgreSQL)', async () => {
      const s = await shift(12, 3, 25);
      const people = await bulkUsers(t, 300);
      const dob = people.map((p) => ({ user_id: p.userId, date_of_birth: '1990-01-01', skills: '[]', languages: '[]', emirate: null, area: null, interests: '[]', availability: '[]', emergency_contact: null, updated_at: new Date().toISOString() }));
      for (let i = 0; i < dob.length; i += 100) await t.db.insertInto('volunteer_profiles').values(dob.slice(i, i + 100)).execute();
      const secondDb = dialect === 'postgres' ? createDb(t.target) : null;
      const second = secondDb ? await buildApp({ config: t.config, db: secondDb, webDist: null }) : null;
      const clients = people.map((p, i) => (second && i % 2 ? Object.assign(new Client(second), { cookie: p.cookie, csrf: p.csrf }) : p));
      const answers = await Promise.all(clients.map((c) => c.post(`/api/v1/shifts/${s}/signups`)));
      if (second) { await second.close(); await secondDb!.destroy(); }
      const statuses = answers.map((r) => r.body.status ?? r.body.error?.code);
      assert.equal(statuses.filter((x) => x === 'confirmed').length, 25);
      assert.equal(statuses.filter((x) => x === 'waitlisted').length, 275);
      const counted = await t.db.selectFrom('shift_signups').select((eb) => eb.fn.countAll<number>().as('n')).where('shift_id', '=', s).where('status', '=', 'confirmed').executeTakeFirstOrThrow();
      assert.equal(Number(counted.n), 25);
    });
  });
}
