import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dialects } from '../../../test/db.ts';
import { bulkUsers, createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { liveInitiative, type LedgerFixture } from '../../../test/ledger.ts';
import { opportunity, TIME_NEED } from '../../../test/verified-hours.ts';

// node-ical is CommonJS without named ESM exports; require keeps its own types.
const ical = createRequire(import.meta.url)('node-ical') as typeof import('node-ical');

type Event = { uid: string; start: Date; end: Date; summary: string; location: string; description: string; status?: string };
const inDays = (d: number, h = 0) => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + d * 86_400_000 + h * 3_600_000).toISOString();

for (const dialect of dialects()) {
  describe(`calendar feeds (${dialect})`, () => {
    let t: TestApp;
    let f: LedgerFixture;
    let volunteer: SignedInClient;
    let other: SignedInClient;
    let opp: string;
    const shifts: Record<string, { id: string; startsAt: string; endsAt: string }> = {};

    /** Fetches a feed URL anonymously (calendar apps cannot sign in) and parses it back. */
    async function events(url: string): Promise<{ status: number; type: string; events: Event[] }> {
      const res = await t.client().get(url.replace(t.config.publicUrl, ''));
      if (res.status !== 200) return { status: res.status, type: String(res.headers['content-type']), events: [] };
      const parsed = ical.sync.parseICS(res.body as string);
      const list = Object.values(parsed).filter((c: any) => c?.type === 'VEVENT') as unknown as Event[];
      return { status: res.status, type: String(res.headers['content-type']), events: list };
    }
    const shift = async (key: string, startsIn: number, hours: number, capacity: number) => {
      const startsAt = inDays(startsIn);
      const endsAt = inDays(startsIn, hours);
      const r = await f.owner.post(`/api/v1/opportunities/${opp}/shifts`, { startsAt, endsAt, capacity });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      shifts[key] = { id: r.body.items[0].id, startsAt, endsAt };
    };
    const signUp = async (who: SignedInClient, key: string) => (await who.post(`/api/v1/shifts/${shifts[key]!.id}/signups`)).body.status;

    before(async () => {
      t = await createTestApp(dialect);
      f = await liveInitiative(t, { hours: TIME_NEED });
      opp = await opportunity(f.owner, f.orgId, f.initiativeId, f.needs.hours.id, {
        areaAr: 'القوز', areaEn: 'Al Quoz', address: 'Warehouse 7, Street 12', latitude: 25.14, longitude: 55.23,
        instructionsAr: 'احضر قبل الموعد بربع ساعة', instructionsEn: 'Arrive fifteen minutes early',
      });
      [volunteer, other] = await bulkUsers(t, 2);
      for (const p of [volunteer!, other!]) await p.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1990-01-01' });
      await shift('confirmed', 3, 3, 5);
      await shift('full', 5, 2, 1);
      await shift('cancelled', 7, 2, 5);
      await shift('left', 9, 2, 5);
      assert.equal(await signUp(volunteer!, 'confirmed'), 'confirmed');
      assert.equal(await signUp(other!, 'full'), 'confirmed');
      assert.equal(await signUp(volunteer!, 'full'), 'waitlisted');
      assert.equal(await signUp(volunteer!, 'cancelled'), 'confirmed');
      assert.equal(await signUp(volunteer!, 'left'), 'confirmed');
      assert.equal((await volunteer!.delete(`/api/v1/shifts/${shifts.left!.id}/signups/me`)).status, 204);
      // Cancelled by the organiser (written directly: the cancel flow is tested with the shifts).
      await t.db.updateTable('shifts').set({ status: 'cancelled' }).where('id', '=', shifts.cancelled!.id).execute();
    });
    after(async () => { await t.close(); });

    it("gives each volunteer a private feed of their own shifts, without cancelled ones", async () => {
      const first = await volunteer.get('/api/v1/me/calendar');
      assert.equal(first.status, 200);
      assert.match(first.body.url, /\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      assert.equal((await volunteer.get('/api/v1/me/calendar')).body.url, first.body.url, 'the same URL until it is reset');
      const feed = await events(first.body.url);
      assert.equal(feed.status, 200);
      assert.equal(feed.type, 'text/calendar; charset=utf-8');
      const host = new URL(t.config.publicUrl).hostname;
      const byUid = new Map(feed.events.map((e) => [e.uid, e]));
      assert.deepEqual([...byUid.keys()].sort(), [shifts.confirmed!.id, shifts.full!.id].map((id) => `shift-${id}-user-${volunteer.userId}@${host}`).sort(), 'cancelled shifts and cancelled places are absent');
      const c = byUid.get(`shift-${shifts.confirmed!.id}-user-${volunteer.userId}@${host}`)!;
      assert.equal(c.start.toISOString(), shifts.confirmed!.startsAt);
      assert.equal(c.end.toISOString(), shifts.confirmed!.endsAt);
      assert.equal(c.summary, 'توزيع وجبات الإفطار | Iftar meal distribution');
      assert.match(c.location, /القوز \| Al Quoz — Warehouse 7, Street 12 — دبي \| Dubai/);
      assert.match(c.description, /احضر قبل الموعد بربع ساعة/);
      assert.match(c.description, /Arrive fifteen minutes early/);
      assert.equal(c.status, 'CONFIRMED');
      const w = byUid.get(`shift-${shifts.full!.id}-user-${volunteer.userId}@${host}`)!;
      assert.equal(w.summary, '[قائمة الانتظار | Waitlist] توزيع وجبات الإفطار | Iftar meal distribution');
      assert.equal(w.status, 'TENTATIVE');
      const theirs = await events((await other.get('/api/v1/me/calendar')).body.url);
      assert.deepEqual(theirs.events.map((e) => e.uid), [`shift-${shifts.full!.id}-user-${other.userId}@${host}`], "another person's shifts never appear");
    });

    it("gives the organisation's members a feed of all its scheduled shifts with confirmed counts", async () => {
      const r = await f.member.get(`/api/v1/organisations/${f.orgId}/calendar`);
      assert.equal(r.status, 200);
      assert.equal((await f.owner.get(`/api/v1/organisations/${f.orgId}/calendar`)).body.url, r.body.url, 'one feed per organisation');
      const feed = await events(r.body.url);
      const host = new URL(t.config.publicUrl).hostname;
      const byUid = new Map(feed.events.map((e) => [e.uid, e]));
      assert.deepEqual([...byUid.keys()].sort(), ['confirmed', 'full', 'left'].map((k) => `shift-${shifts[k]!.id}-organisation-${f.orgId}@${host}`).sort());
      assert.equal(byUid.get(`shift-${shifts.full!.id}-organisation-${f.orgId}@${host}`)!.summary, 'توزيع وجبات الإفطار | Iftar meal distribution (1/1)');
      assert.match(byUid.get(`shift-${shifts.full!.id}-organisation-${f.orgId}@${host}`)!.description, /Confirmed: 1 of 1, waitlist: 1/);
      const outsider = await t.user();
      assert.equal((await outsider.get(`/api/v1/organisations/${f.orgId}/calendar`)).status, 404);
      const elsewhere = await liveInitiative(t, { hours: TIME_NEED });
      const theirs = await events((await elsewhere.owner.get(`/api/v1/organisations/${elsewhere.orgId}/calendar`)).body.url);
      assert.deepEqual(theirs.events, [], "another organisation's feed holds none of these shifts");
    });

    it('stops answering the old URL once the volunteer resets it', async () => {
      const old = (await volunteer.get('/api/v1/me/calendar')).body.url;
      const reset = await volunteer.post('/api/v1/me/calendar/reset');
      assert.equal(reset.status, 200, JSON.stringify(reset.body));
      assert.notEqual(reset.body.url, old);
      const gone = await t.client().get(old.replace(t.config.publicUrl, ''));
      assert.equal(gone.status, 404);
      assert.equal(gone.body.error.code, 'calendar.not_found');
      assert.equal((await events(reset.body.url)).events.length, 2);
      assert.equal((await volunteer.get('/api/v1/me/calendar')).body.url, reset.body.url);
      const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'calendar.reset').execute();
      assert.equal(audit.length, 1);
      assert.ok(!JSON.stringify(audit).includes(reset.body.url.split('/').pop().replace('.ics', '')), 'the token stays out of the audit log');
      assert.equal((await t.client().get('/api/v1/calendar/not-a-token.ics')).status, 404);
      assert.equal((await t.client().get('/api/v1/me/calendar')).status, 401);
    });

    it("lets a manager reset the organisation's feed", async () => {
      const old = (await f.member.get(`/api/v1/organisations/${f.orgId}/calendar`)).body.url;
      assert.equal((await f.member.post(`/api/v1/organisations/${f.orgId}/calendar/reset`)).status, 403);
      const reset = await f.owner.post(`/api/v1/organisations/${f.orgId}/calendar/reset`);
      assert.equal(reset.status, 200);
      assert.equal((await t.client().get(old.replace(t.config.publicUrl, ''))).status, 404);
      assert.equal((await events(reset.body.url)).status, 200);
    });
  });
}
