import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { bulkUsers, createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { activate, draftInitiative } from '../../../test/initiatives.ts';
import { ledgerCounts } from '../../../test/ledger.ts';
import { Client } from '../../../test/http.ts';
import { buildApp } from '../../app.ts';
import { createDb } from '../../platform/db/database.ts';
import { verifyLedger } from '../contributions/index.ts';

const MIN = 60_000;
const at = (minutesFromNow: number) => new Date(Date.now() + minutesFromNow * MIN).toISOString();
/** A time on a Dubai calendar day `daysAgo` days back, at `hour` Gulf Standard Time. */
const dubai = (daysAgo: number, hour: number) => {
  const d = new Date(Date.now() + 4 * 3_600_000 - daysAgo * 86_400_000);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - 4 * 3_600_000 + hour * 3_600_000).toISOString();
};

for (const dialect of dialects()) {
  describe(`attendance and verified hours (${dialect})`, () => {
    let t: TestApp;
    let manager: SignedInClient;
    let member: SignedInClient;
    let outsider: SignedInClient;
    let orgId: string;
    let needId: string;
    let opportunityId: string;
    let farDay = 30;

    /** A shift far in the future with these people signed up, then moved to [start, end] minutes from now. */
    async function shiftFor(people: SignedInClient[], start: number | string, end: number | string, capacity = 10): Promise<string> {
      const day = farDay++;
      const r = await manager.post(`/api/v1/opportunities/${opportunityId}/shifts`, { startsAt: at(day * 1440), endsAt: at(day * 1440 + 120), capacity });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const id = r.body.items[0].id as string;
      for (const p of people) assert.ok([201].includes((await p.post(`/api/v1/shifts/${id}/signups`)).status));
      // Sign-up refuses shifts that have started, so the shift is moved into place afterwards.
      const iso = (x: number | string) => (typeof x === 'string' ? x : at(x));
      await t.db.updateTable('shifts').set({ starts_at: iso(start), ends_at: iso(end) }).where('id', '=', id).execute();
      return id;
    }
    const attendanceOf = async (shiftId: string, userId: string) =>
      t.db.selectFrom('shift_attendance').selectAll().where('shift_id', '=', shiftId).where('user_id', '=', userId).executeTakeFirstOrThrow();
    const contributionsFor = async (attendanceId: string) =>
      t.db.selectFrom('contributions').selectAll().where('reference', '=', `attendance:${attendanceId}`).execute();

    before(async () => {
      t = await createTestApp(dialect);
      manager = await t.user();
      member = await t.user();
      outsider = await t.user();
      const reviewer = await t.user({ platformRole: 'reviewer' });
      orgId = (await t.organisation(manager)).id;
      await t.addMember(manager, orgId, member, 'member');
      await t.organisation(outsider);
      const ini = await draftInitiative(t, manager, orgId, {}, [{ kind: 'time', targetHours: 500 }]);
      await activate(manager, reviewer, ini.id);
      needId = (await manager.get(`/api/v1/initiatives/${ini.id}`)).body.needs[0].id;
      const o = await manager.post(`/api/v1/organisations/${orgId}/opportunities`, { initiativeId: ini.id, needId, titleAr: 'فرز التبرعات العينية', titleEn: 'Sorting donated goods', emirate: 'sharjah' });
      assert.equal(o.status, 201, JSON.stringify(o.body));
      opportunityId = o.body.id;
    });
    after(async () => { await t.close(); });

    it('shows the roster with emergency contacts to the organisation only, never publicly', async () => {
      const [v, w] = await bulkUsers(t, 2);
      await v!.request('PUT', '/api/v1/me/volunteer-profile', { dateOfBirth: '1992-03-04', skills: ['Driving'], languages: ['ar', 'ur'], emergencyContact: 'Huda +971 55 123 4567' });
      const shiftId = await shiftFor([v!, w!], 24 * 60 * 3, 24 * 60 * 3 + 180, 1);
      const roster = await member.get(`/api/v1/shifts/${shiftId}/roster`);
      assert.equal(roster.status, 200);
      const mine = roster.body.items.find((i: any) => i.volunteer.userId === v!.userId);
      assert.equal(mine.status, 'confirmed');
      assert.equal(mine.volunteer.emergencyContact, 'Huda +971 55 123 4567', 'the organisation sees the emergency contact');
      assert.deepEqual(mine.volunteer.languages, ['ar', 'ur']);
      assert.equal(roster.body.items.find((i: any) => i.volunteer.userId === w!.userId).status, 'waitlisted');
      assert.equal((await outsider.get(`/api/v1/shifts/${shiftId}/roster`)).status, 404, 'another organisation does not');
      assert.equal((await v!.get(`/api/v1/shifts/${shiftId}/roster`)).status, 404, 'nor a volunteer on the shift');
      assert.equal((await t.client().get(`/api/v1/shifts/${shiftId}/roster`)).status, 401);
      const pub = await t.client().get(`/api/v1/opportunities/${opportunityId}`);
      assert.ok(!JSON.stringify(pub.body).includes('+971 55'), 'the public opportunity never shows it');
      assert.ok(!JSON.stringify(roster.body).includes('1992-03-04'), 'the date of birth is not needed on the roster');
    });

    it('gives managers the on-site code and QR, valid from 30 minutes before to 30 minutes after the shift', async () => {
      const shiftId = await shiftFor([], 24 * 60 * 4, 24 * 60 * 4 + 120);
      await t.db.updateTable('shifts').set({ check_code: null }).where('id', '=', shiftId).execute();
      const r = await manager.get(`/api/v1/shifts/${shiftId}/check-code`);
      assert.equal(r.status, 200);
      assert.match(r.body.code, /^[2-9A-HJKMNP-Z]{6}$/);
      const shift = await t.db.selectFrom('shifts').selectAll().where('id', '=', shiftId).executeTakeFirstOrThrow();
      assert.equal(shift.check_code, r.body.code, 'created on first request and stored');
      assert.equal(r.body.validFrom, new Date(Date.parse(shift.starts_at) - 30 * MIN).toISOString());
      assert.equal(r.body.validUntil, new Date(Date.parse(shift.ends_at) + 30 * MIN).toISOString());
      assert.equal(r.body.url, `${t.config.publicUrl}/check-in/${shiftId}?code=${r.body.code}`);
      assert.ok(r.body.qrSvg.includes('<svg'));
      assert.equal((await manager.get(`/api/v1/shifts/${shiftId}/check-code`)).body.code, r.body.code, 'the same code next time');
      assert.equal((await member.get(`/api/v1/shifts/${shiftId}/check-code`)).status, 403, 'members see the roster, managers the code');
      assert.equal((await outsider.get(`/api/v1/shifts/${shiftId}/check-code`)).status, 404);
    });

    it('checks a confirmed volunteer in with the code only inside the window; a wrong code is refused', async () => {
      const [v, waiting, stranger] = await bulkUsers(t, 3);
      const shiftId = await shiftFor([v!, waiting!], 45, 165, 1);
      const code = (await manager.get(`/api/v1/shifts/${shiftId}/check-code`)).body.code as string;
      const early = await v!.post(`/api/v1/shifts/${shiftId}/check-in`, { code, action: 'in' });
      assert.equal(early.status, 409);
      assert.equal(early.body.error.code, 'shift.code_outside_window', 'more than 30 minutes before the start');
      await t.db.updateTable('shifts').set({ starts_at: at(20), ends_at: at(140) }).where('id', '=', shiftId).execute();
      const wrong = await v!.post(`/api/v1/shifts/${shiftId}/check-in`, { code: code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF', action: 'in' });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.error.code, 'shift.code_invalid');
      assert.equal((await waiting!.post(`/api/v1/shifts/${shiftId}/check-in`, { code, action: 'in' })).body.error.code, 'attendance.not_confirmed', 'the waitlist cannot check in');
      assert.equal((await stranger!.post(`/api/v1/shifts/${shiftId}/check-in`, { code, action: 'in' })).body.error.code, 'attendance.not_confirmed');
      assert.equal((await v!.post(`/api/v1/shifts/${shiftId}/check-in`, { code, action: 'out' })).body.error.code, 'attendance.not_checked_in');
      const typed = ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()} `;
      const ok = await v!.post(`/api/v1/shifts/${shiftId}/check-in`, { code: typed, action: 'in' });
      assert.equal(ok.status, 200, 'case and spaces do not matter');
      assert.equal(ok.body.checkInSource, 'code');
      assert.equal(ok.body.status, 'present');
      const first = ok.body.checkedInAt;
      assert.equal((await v!.post(`/api/v1/shifts/${shiftId}/check-in`, { code, action: 'in' })).body.checkedInAt, first, 'checking in again keeps the first time');
      assert.ok((await v!.post(`/api/v1/shifts/${shiftId}/check-in`, { code, action: 'out' })).body.checkedOutAt);
      await t.db.updateTable('shifts').set({ starts_at: at(-200), ends_at: at(-45) }).where('id', '=', shiftId).execute();
      assert.equal((await v!.post(`/api/v1/shifts/${shiftId}/check-in`, { code, action: 'out' })).body.error.code, 'shift.code_outside_window', 'more than 30 minutes after the end');
    });

    it('lets the organiser check people in and out; self-reported hours are kept apart', async () => {
      const [v] = await bulkUsers(t, 1);
      const shiftId = await shiftFor([v!], -10, 110);
      const markIn = await manager.post(`/api/v1/shifts/${shiftId}/attendance`, { userId: v!.userId, action: 'check_in' });
      assert.equal(markIn.status, 200, JSON.stringify(markIn.body));
      assert.deepEqual([markIn.body.status, markIn.body.checkInSource], ['present', 'roster']);
      assert.equal((await member.post(`/api/v1/shifts/${shiftId}/attendance`, { userId: v!.userId, action: 'check_out' })).status, 403, 'members cannot mark');
      const [other] = await bulkUsers(t, 1);
      assert.equal((await manager.post(`/api/v1/shifts/${shiftId}/attendance`, { userId: other!.userId, action: 'check_in' })).body.error.code, 'attendance.not_on_roster');
      assert.equal((await v!.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: at(-10), endedAt: at(-5) })).body.error.code, 'attendance.shift_not_over', 'hours are reported after the shift');

      // The shift is over: the organiser corrects both times, the volunteer reports different ones.
      await t.db.updateTable('shifts').set({ starts_at: at(-240), ends_at: at(-60) }).where('id', '=', shiftId).execute();
      const set = await manager.post(`/api/v1/shifts/${shiftId}/attendance`, { userId: v!.userId, action: 'set', checkedInAt: at(-240), checkedOutAt: at(-120) });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      const [claimedFrom, claimedTo] = [at(-245), at(-60)];
      const claim = await v!.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: claimedFrom, endedAt: claimedTo, note: 'Stayed to tidy up' });
      assert.equal(claim.status, 200, JSON.stringify(claim.body));
      assert.deepEqual([claim.body.checkedInAt, claim.body.checkedOutAt], [set.body.checkedInAt, set.body.checkedOutAt], "the claim does not touch the organiser's times");
      assert.deepEqual([claim.body.claimedStartAt, claim.body.claimedEndAt, claim.body.claimedNote], [claimedFrom, claimedTo, 'Stayed to tidy up']);
      assert.equal(claim.body.status, 'present');
      const future = await v!.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: at(-60), endedAt: at(120) });
      assert.equal(future.status, 400);
      assert.equal(future.body.error.details.fields[0].code, 'validation.in_future');

      const list = await member.get(`/api/v1/organisations/${orgId}/attendance?status=pending`);
      const row = list.body.items.find((i: any) => i.id === claim.body.id);
      assert.equal(row.volunteer.displayName, 'Volunteer 0');
      assert.equal(row.opportunity.titleEn, 'Sorting donated goods');
      assert.deepEqual([row.organiserMinutes, row.claimedMinutes], [120, 185], 'both versions, side by side');
      assert.ok(row.shift.startsAt && row.claimedAt);
      assert.equal((await outsider.get(`/api/v1/organisations/${orgId}/attendance`)).status, 404);

      const mine = (await v!.get('/api/v1/me/shifts')).body.items.find((i: any) => i.shiftId === shiftId);
      assert.equal(mine.attendance.status, 'present');
      assert.equal(mine.attendance.checkedOutAt, set.body.checkedOutAt);
      assert.equal(mine.attendance.claimedEndAt, claim.body.claimedEndAt);
      assert.deepEqual(mine.attendance.flags, []);
      assert.equal(mine.attendance.verifiedMinutes, null);

      const verified = await manager.post(`/api/v1/attendance/${claim.body.id}/decision`, { action: 'verify' });
      assert.equal(verified.status, 200, JSON.stringify(verified.body));
      assert.equal(verified.body.verifiedMinutes, 120, "verification counts the organiser's times over the claim");
      assert.equal(verified.body.valueFils, 7_200 * 2);
    });

    it('flags implausible hours instead of refusing them', async () => {
      const [a, b, c, d] = await bulkUsers(t, 4);
      // Claimed end before its start.
      const s1 = await shiftFor([a!], dubai(3, 8), dubai(3, 12));
      const backwards = await a!.post(`/api/v1/shifts/${s1}/hours`, { startedAt: dubai(3, 12), endedAt: dubai(3, 8) });
      assert.equal(backwards.status, 200, 'stored, not refused');
      assert.deepEqual([backwards.body.status, backwards.body.flags], ['flagged', ['checkout_before_checkin']]);
      // More than 30 minutes before the shift.
      const s2 = await shiftFor([b!], dubai(3, 8), dubai(3, 12));
      const early = await b!.post(`/api/v1/shifts/${s2}/hours`, { startedAt: dubai(3, 7), endedAt: dubai(3, 12) });
      assert.deepEqual(early.body.flags, ['outside_window']);
      const onTime = await b!.post(`/api/v1/shifts/${s2}/hours`, { startedAt: dubai(3, 7.75), endedAt: dubai(3, 12.25) });
      assert.deepEqual([onTime.body.status, onTime.body.flags], ['claimed', []], 'within 30 minutes is fine, and a new claim replaces the old');
      // Two shifts of the same person at overlapping times.
      const s3 = await shiftFor([c!], dubai(4, 8), dubai(4, 12));
      const s4 = await shiftFor([c!], dubai(4, 11), dubai(4, 15));
      assert.deepEqual((await c!.post(`/api/v1/shifts/${s3}/hours`, { startedAt: dubai(4, 8), endedAt: dubai(4, 12) })).body.flags, []);
      assert.deepEqual((await c!.post(`/api/v1/shifts/${s4}/hours`, { startedAt: dubai(4, 11), endedAt: dubai(4, 15) })).body.flags, ['overlap']);
      // More than 12 hours in one Dubai day across two shifts (no overlap).
      const s5 = await shiftFor([d!], dubai(5, 5), dubai(5, 12));
      const s6 = await shiftFor([d!], dubai(5, 13), dubai(5, 19.5));
      assert.deepEqual((await d!.post(`/api/v1/shifts/${s5}/hours`, { startedAt: dubai(5, 5), endedAt: dubai(5, 12) })).body.flags, []);
      const long = await d!.post(`/api/v1/shifts/${s6}/hours`, { startedAt: dubai(5, 13), endedAt: dubai(5, 19.5) });
      assert.deepEqual([long.body.status, long.body.flags], ['flagged', ['over_12h_day']], '7 h + 6.5 h on one day');
      // Organiser times are checked too: a check-out before the check-in.
      const [e] = await bulkUsers(t, 1);
      const s7 = await shiftFor([e!], dubai(6, 8), dubai(6, 12));
      const mark = await manager.post(`/api/v1/shifts/${s7}/attendance`, { userId: e!.userId, action: 'set', checkedInAt: dubai(6, 11), checkedOutAt: dubai(6, 9) });
      assert.deepEqual([mark.body.status, mark.body.flags], ['flagged', ['checkout_before_checkin']]);
      const flagged = await member.get(`/api/v1/organisations/${orgId}/attendance?status=flagged&pageSize=100`);
      assert.ok(flagged.body.items.some((i: any) => i.id === long.body.id && i.flags.includes('over_12h_day')));
    });

    it('turns verified hours into exactly one ledger entry worth AED 72 an hour, however often it is verified', async () => {
      const [v, w] = await bulkUsers(t, 2);
      const shiftId = await shiftFor([v!, w!], dubai(7, 9), dubai(7, 12));
      const claim = (await v!.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: dubai(7, 9), endedAt: dubai(7, 12) })).body;
      assert.equal(claim.status, 'claimed');
      assert.equal((await member.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'verify' })).status, 403);
      assert.equal((await outsider.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'verify' })).status, 404);
      const first = await manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'verify' });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.deepEqual([first.body.status, first.body.verifiedMinutes, first.body.valueFils], ['verified', 180, 3 * 7_200]);
      const entries = await ledgerCounts(t);
      const again = await manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'verify' });
      assert.equal(again.status, 200, 'verifying twice answers the first result');
      assert.equal(again.body.contributionId, first.body.contributionId);
      assert.equal(await ledgerCounts(t), entries, 'and writes nothing');
      const [c] = await contributionsFor(claim.id);
      assert.equal((await contributionsFor(claim.id)).length, 1);
      assert.deepEqual([c!.kind, c!.status, c!.contributor_user_id, c!.need_id, Number(c!.value_fils), Number(c!.quantity)], ['time', 'confirmed', v!.userId, needId, 21_600, 3]);
      assert.equal(c!.id, first.body.contributionId);
      assert.equal((await manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'reject', reason: 'Changed my mind' })).body.error.code, 'attendance.already_decided');

      // An adjustment counts the minutes given (value exact, need counts whole hours).
      const other = (await w!.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: dubai(7, 9), endedAt: dubai(7, 12) })).body;
      assert.equal((await manager.post(`/api/v1/attendance/${other.id}/decision`, { action: 'adjust', minutes: 90 })).body.error.details.fields[0].code, 'validation.reason_required');
      const adjusted = await manager.post(`/api/v1/attendance/${other.id}/decision`, { action: 'adjust', minutes: 90, reason: 'Left at half time' });
      assert.deepEqual([adjusted.body.verifiedMinutes, adjusted.body.valueFils, adjusted.body.decisionReason], [90, 10_800, 'Left at half time']);
      const report = await verifyLedger(t.db);
      assert.ok(report.ok, JSON.stringify(report.checks.failed));
    });

    it('makes one entry from simultaneous verifications (two app processes on PostgreSQL)', async () => {
      const people = await bulkUsers(t, 3);
      const shiftId = await shiftFor(people, dubai(8, 16), dubai(8, 18));
      const ids: string[] = [];
      for (const p of people) ids.push((await p.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: dubai(8, 16), endedAt: dubai(8, 18) })).body.id);
      const secondDb = dialect === 'postgres' ? createDb(t.target) : null;
      const second = secondDb ? await buildApp({ config: t.config, db: secondDb, webDist: null }) : null;
      const otherManager = second ? Object.assign(new Client(second), { cookie: manager.cookie, csrf: manager.csrf }) : manager;
      try {
        const answers = await Promise.all(ids.flatMap((id) => Array.from({ length: 6 }, (_, i) => (i % 2 ? otherManager : manager).post(`/api/v1/attendance/${id}/decision`, { action: 'verify' }))));
        assert.ok(answers.every((r) => r.status === 200), JSON.stringify(answers.map((r) => r.status)));
        for (const id of ids) {
          const made = await contributionsFor(id);
          assert.equal(made.length, 1, 'exactly one contribution per record');
          assert.ok(answers.filter((r) => r.body.id === id).every((r) => r.body.contributionId === made[0]!.id));
          assert.equal((await t.db.selectFrom('ledger_entries').select('seq').where('contribution_id', '=', made[0]!.id).execute()).length, 1);
        }
      } finally {
        if (second) { await second.close(); await secondDb!.destroy(); }
      }
      assert.ok((await verifyLedger(t.db)).ok);
    });

    it('needs a reason to reject (no ledger entry) and to verify a flagged record', async () => {
      const [v, w] = await bulkUsers(t, 2);
      const shiftId = await shiftFor([v!, w!], dubai(9, 9), dubai(9, 11));
      const claim = (await v!.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: dubai(9, 9), endedAt: dubai(9, 11) })).body;
      const before = await ledgerCounts(t);
      const bare = await manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'reject' });
      assert.equal(bare.status, 400);
      assert.equal(bare.body.error.details.fields[0].code, 'validation.reason_required');
      const rejected = await manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'reject', reason: 'Was not on site' });
      assert.deepEqual([rejected.status, rejected.body.status, rejected.body.contributionId], [200, 'rejected', null]);
      assert.equal(await ledgerCounts(t), before, 'rejected hours make no entry');
      assert.equal((await manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'verify' })).body.error.code, 'attendance.already_decided');
      assert.equal((await v!.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: dubai(9, 9), endedAt: dubai(9, 11) })).body.error.code, 'attendance.already_decided', 'a decided claim cannot be re-reported');

      const odd = (await w!.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: dubai(9, 6), endedAt: dubai(9, 11) })).body;
      assert.equal(odd.status, 'flagged');
      const noReason = await manager.post(`/api/v1/attendance/${odd.id}/decision`, { action: 'verify' });
      assert.equal(noReason.status, 400);
      assert.equal(noReason.body.error.details.fields[0].path, 'reason');
      const ok = await manager.post(`/api/v1/attendance/${odd.id}/decision`, { action: 'verify', reason: 'Came early to set up, I saw them' });
      assert.deepEqual([ok.status, ok.body.verifiedMinutes], [200, 300]);
    });

    it('bulk-verifies an organisation’s hours, skipping flagged ones', async () => {
      const people = await bulkUsers(t, 3);
      const shiftId = await shiftFor(people, dubai(10, 17), dubai(10, 19));
      const [a, b, c] = await Promise.all(people.map(async (p, i) => (await p.post(`/api/v1/shifts/${shiftId}/hours`, { startedAt: dubai(10, i === 2 ? 14 : 17), endedAt: dubai(10, 19) })).body));
      assert.equal(c.status, 'flagged');
      const missing = '00000000-0000-4000-8000-000000000000';
      assert.equal((await member.post(`/api/v1/organisations/${orgId}/attendance/verify`, { ids: [a.id] })).status, 403);
      const r = await manager.post(`/api/v1/organisations/${orgId}/attendance/verify`, { ids: [a.id, b.id, c.id, missing] });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(r.body.verified, [a.id, b.id]);
      assert.deepEqual(r.body.skipped, [{ id: c.id, code: 'attendance.flagged' }, { id: missing, code: 'not_found' }]);
      assert.equal((await contributionsFor(a.id)).length, 1);
      assert.equal((await contributionsFor(c.id)).length, 0);
      const again = await manager.post(`/api/v1/organisations/${orgId}/attendance/verify`, { ids: [a.id] });
      assert.deepEqual(again.body, { verified: [], skipped: [{ id: a.id, code: 'attendance.already_decided' }] });
      assert.equal((await contributionsFor(a.id)).length, 1);
      const verified = await member.get(`/api/v1/organisations/${orgId}/attendance?status=verified&pageSize=100`);
      assert.ok([a.id, b.id].every((id) => verified.body.items.some((i: any) => i.id === id && i.contributionId)));
      assert.ok((await verifyLedger(t.db)).ok);
    });

    it('flags earlier undecided records that a later claim or check-in overlaps, in the same write, and leaves decided ones alone', async () => {
      const [p, q, r] = await bulkUsers(t, 3);
      const flagsOf = async (id: string) => {
        const row = await t.db.selectFrom('shift_attendance').select(['status', 'flags']).where('id', '=', id).executeTakeFirstOrThrow();
        return [row.status, JSON.parse(row.flags)];
      };
      // A claim, then the organiser's times at another shift that overlap it: both are flagged.
      const sA = await shiftFor([p!], dubai(11, 8), dubai(11, 12));
      const sB = await shiftFor([p!], dubai(11, 11), dubai(11, 15));
      const a = (await p!.post(`/api/v1/shifts/${sA}/hours`, { startedAt: dubai(11, 8), endedAt: dubai(11, 12) })).body;
      assert.deepEqual([a.status, a.flags], ['claimed', []]);
      const b = await manager.post(`/api/v1/shifts/${sB}/attendance`, { userId: p!.userId, action: 'set', checkedInAt: dubai(11, 11.5), checkedOutAt: dubai(11, 15) });
      assert.equal(b.status, 200, JSON.stringify(b.body));
      assert.deepEqual([b.body.status, b.body.flags], ['flagged', ['overlap']]);
      assert.deepEqual(await flagsOf(a.id), ['flagged', ['overlap']], 'the earlier claim is flagged too');
      const audit = await t.db.selectFrom('audit_events').selectAll().where('entity_id', '=', a.id).where('action', '=', 'attendance.flag_overlap').execute();
      assert.equal(audit.length, 1, 'the re-flag is audited');
      assert.equal(JSON.parse(audit[0]!.after_json!).overlapsWith, b.body.id);
      const mine = (await p!.get('/api/v1/me/shifts')).body.items.find((i: any) => i.shiftId === sA);
      assert.deepEqual([mine.attendance.status, mine.attendance.flags], ['flagged', ['overlap']], 'the volunteer sees it');
      // Now flagged, the earlier claim needs its own decision with a reason: bulk verify skips it.
      const bulk = await manager.post(`/api/v1/organisations/${orgId}/attendance/verify`, { ids: [a.id] });
      assert.deepEqual(bulk.body, { verified: [], skipped: [{ id: a.id, code: 'attendance.flagged' }] });
      // Touching the earlier record again does not flag it twice (one audit entry, same flags).
      const sC = await shiftFor([p!], dubai(11, 9), dubai(11, 10));
      await p!.post(`/api/v1/shifts/${sC}/hours`, { startedAt: dubai(11, 9), endedAt: dubai(11, 10) });
      assert.deepEqual(await flagsOf(a.id), ['flagged', ['overlap']]);
      assert.equal((await t.db.selectFrom('audit_events').select('id').where('entity_id', '=', a.id).where('action', '=', 'attendance.flag_overlap').execute()).length, 1);

      // A verified record is not touched (nor its contribution); a rejected one is not either.
      const sD = await shiftFor([q!], dubai(12, 8), dubai(12, 10));
      const sE = await shiftFor([q!], dubai(12, 9), dubai(12, 11));
      const sF = await shiftFor([q!], dubai(12, 12), dubai(12, 14));
      const sG = await shiftFor([q!], dubai(12, 13), dubai(12, 15));
      const d = (await q!.post(`/api/v1/shifts/${sD}/hours`, { startedAt: dubai(12, 8), endedAt: dubai(12, 10) })).body;
      assert.equal((await manager.post(`/api/v1/attendance/${d.id}/decision`, { action: 'verify' })).body.status, 'verified');
      const f = (await q!.post(`/api/v1/shifts/${sF}/hours`, { startedAt: dubai(12, 12), endedAt: dubai(12, 14) })).body;
      assert.equal((await manager.post(`/api/v1/attendance/${f.id}/decision`, { action: 'reject', reason: 'Not on site' })).body.status, 'rejected');
      const e = (await q!.post(`/api/v1/shifts/${sE}/hours`, { startedAt: dubai(12, 9), endedAt: dubai(12, 11) })).body;
      assert.deepEqual([e.status, e.flags], ['flagged', ['overlap']], 'the new claim is flagged against the verified one');
      assert.deepEqual(await flagsOf(d.id), ['verified', []], 'the verified record is untouched');
      const g = (await q!.post(`/api/v1/shifts/${sG}/hours`, { startedAt: dubai(12, 13), endedAt: dubai(12, 15) })).body;
      assert.deepEqual([g.status, g.flags], ['claimed', []], 'a rejected record does not count');
      assert.deepEqual(await flagsOf(f.id), ['rejected', []]);
      assert.equal((await contributionsFor(d.id)).length, 1);

      // A record already flagged for something else gets the overlap added (and stays flagged).
      const sH = await shiftFor([r!], dubai(13, 8), dubai(13, 12));
      const sI = await shiftFor([r!], dubai(13, 11), dubai(13, 14));
      const h = (await r!.post(`/api/v1/shifts/${sH}/hours`, { startedAt: dubai(13, 6), endedAt: dubai(13, 12) })).body;
      assert.deepEqual([h.status, h.flags], ['flagged', ['outside_window']]);
      const i = (await r!.post(`/api/v1/shifts/${sI}/hours`, { startedAt: dubai(13, 11), endedAt: dubai(13, 14) })).body;
      assert.deepEqual(i.flags, ['overlap']);
      assert.deepEqual(await flagsOf(h.id), ['flagged', ['overlap', 'outside_window']]);
    });
  });
}
