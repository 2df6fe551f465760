import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { dialects } from '../../../test/db.ts';
import { bulkUsers, createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { activate, draftInitiative } from '../../../test/initiatives.ts';
import { verifyLedger } from '../contributions/index.ts';

const DAY = 86_400_000;
/** A time on the Dubai calendar day `days` days from today (negative: in the past), at `hour` Gulf Standard Time. */
const dubai = (days: number, hour: number) => {
  const d = new Date(Date.now() + 4 * 3_600_000 + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - 4 * 3_600_000 + hour * 3_600_000).toISOString();
};

for (const dialect of dialects()) {
  describe(`moving a shift: clashes, waitlist and hours (${dialect})`, () => {
    let t: TestApp;
    let manager: SignedInClient;
    let orgId: string;
    let beach: string;
    let foodBank: string;

    const shift = async (opportunityId: string, startsAt: string, endsAt: string, capacity: number) => {
      const r = await manager.post(`/api/v1/opportunities/${opportunityId}/shifts`, { startsAt, endsAt, capacity });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.items[0].id as string;
    };
    /** A shift with these people signed up in order, then put at [startsAt, endsAt] (sign-up refuses shifts that have started). */
    const pastShift = async (people: SignedInClient[], startsAt: string, endsAt: string) => {
      const id = await shift(beach, dubai(60, 8), dubai(60, 12), 10);
      for (const p of people) assert.equal((await p.post(`/api/v1/shifts/${id}/signups`)).status, 201);
      await t.db.updateTable('shifts').set({ starts_at: startsAt, ends_at: endsAt }).where('id', '=', id).execute();
      return id;
    };
    const signUp = async (p: SignedInClient, shiftId: string, expected: 'confirmed' | 'waitlisted') => {
      const r = await p.post(`/api/v1/shifts/${shiftId}/signups`);
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.status, expected);
    };
    const mail = (kind: string, emails: string[]) =>
      t.db.selectFrom('outbox_messages').selectAll().where('kind', '=', kind).where('to_address', 'in', emails).execute();
    const placeOf = async (p: SignedInClient, shiftId: string) => (await p.get('/api/v1/me/shifts')).body.items.find((i: any) => i.shiftId === shiftId)?.status;
    const recordOf = async (id: string) => {
      const row = await t.db.selectFrom('shift_attendance').select(['status', 'flags']).where('id', '=', id).executeTakeFirstOrThrow();
      return [row.status, JSON.parse(row.flags)];
    };

    before(async () => {
      t = await createTestApp(dialect);
      manager = await t.user();
      const reviewer = await t.user({ platformRole: 'reviewer' });
      orgId = (await t.organisation(manager)).id;
      const ini = await draftInitiative(t, manager, orgId, {}, [{ kind: 'time', targetHours: 500 }]);
      await activate(manager, reviewer, ini.id);
      const needId = (await manager.get(`/api/v1/initiatives/${ini.id}`)).body.needs[0].id;
      const opportunity = async (titleAr: string, titleEn: string) => {
        const r = await manager.post(`/api/v1/organisations/${orgId}/opportunities`, { initiativeId: ini.id, needId, titleAr, titleEn, emirate: 'dubai' });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        return r.body.id as string;
      };
      beach = await opportunity('تنظيف الشاطئ', 'Beach clean-up');
      foodBank = await opportunity('بنك الطعام', 'Food bank');
    });
    after(async () => { await t.close(); });

    it('moves the shift anyway, tells each confirmed volunteer whose new time clashes, and lists them for the organiser', async () => {
      const [a, b, waiting] = await bulkUsers(t, 3);
      const moved = await shift(beach, dubai(40, 8), dubai(40, 12), 2);
      const sorting = await shift(foodBank, dubai(40, 14), dubai(40, 16), 5);
      const packing = await shift(foodBank, dubai(40, 16.5), dubai(40, 18), 5);
      await signUp(a!, moved, 'confirmed');
      await signUp(b!, moved, 'confirmed');
      await signUp(waiting!, moved, 'waitlisted');
      await signUp(a!, sorting, 'confirmed');

      const r = await manager.patch(`/api/v1/shifts/${moved}`, { startsAt: dubai(40, 13), endsAt: dubai(40, 17) });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.startsAt, dubai(40, 13), 'the organiser’s schedule wins');
      assert.deepEqual(r.body.clashes, [{ userId: a!.userId, displayName: 'Volunteer 0', otherShiftId: sorting }]);
      assert.deepEqual([await placeOf(a!, moved), await placeOf(a!, sorting)], ['confirmed', 'confirmed'], 'nobody is dropped: the volunteer chooses');

      const [clash, ...more] = await mail('shift_changed_clash', [a!.email]);
      assert.equal(more.length, 0);
      assert.match(clash!.subject, /تعارض في مواعيدك/);
      assert.match(clash!.subject, /Beach clean-up/);
      for (const text of ['«بنك الطعام»', '“Food bank”', 'الموعد السابق', 'It was:', 'إلغاء إحدى الورديتين', 'please cancel one of them']) assert.ok(clash!.body_text.includes(text), text);
      assert.equal((await mail('shift_changed', [a!.email])).length, 0, 'one notice, the one naming the clash');
      assert.equal((await mail('shift_changed', [b!.email, waiting!.email])).length, 2, 'everyone else gets the usual notice');
      const audit = await t.db.selectFrom('audit_events').select('after_json').where('entity_id', '=', moved).where('action', '=', 'shift.update').executeTakeFirstOrThrow();
      assert.equal(JSON.parse(audit.after_json!).clashes, 1);

      // Clashing with two shifts: both listed, one notice naming both.
      await manager.patch(`/api/v1/shifts/${moved}`, { startsAt: dubai(40, 8), endsAt: dubai(40, 12) });
      await signUp(a!, packing, 'confirmed');
      const both = await manager.patch(`/api/v1/shifts/${moved}`, { startsAt: dubai(40, 15), endsAt: dubai(40, 17) });
      assert.deepEqual(both.body.clashes.map((c: any) => c.otherShiftId), [sorting, packing]);
      const notices = await mail('shift_changed_clash', [a!.email]);
      assert.equal(notices.length, 2);
      assert.ok(notices.some((m) => m.body_text.includes('other confirmed shifts') && m.body_text.includes('ورديات أخرى مؤكَّدة')));

      // A time that clashes with nothing: no clashes, the usual notice.
      const clear = await manager.patch(`/api/v1/shifts/${moved}`, { startsAt: dubai(40, 7), endsAt: dubai(40, 9) });
      assert.deepEqual(clear.body.clashes, []);
      assert.equal((await mail('shift_changed', [a!.email])).length, 2, 'the move back and this one');
      assert.deepEqual((await manager.patch(`/api/v1/shifts/${moved}`, { capacity: 3 })).body.clashes, [], 'places alone never clash');
    });

    it('passes over a waitlisted volunteer whose new time clashes while the clash lasts, then promotes them', async () => {
      const [c, d, e] = await bulkUsers(t, 3);
      const s = await shift(beach, dubai(41, 8), dubai(41, 10), 1);
      const other = await shift(foodBank, dubai(41, 12), dubai(41, 14), 5);
      await signUp(c!, s, 'confirmed');
      await signUp(d!, s, 'waitlisted');
      await signUp(e!, s, 'waitlisted');
      await signUp(d!, other, 'confirmed');

      const moved = await manager.patch(`/api/v1/shifts/${s}`, { startsAt: dubai(41, 12.5), endsAt: dubai(41, 14.5) });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.deepEqual(moved.body.clashes, [], 'only confirmed volunteers are listed');
      assert.equal(await placeOf(d!, s), 'waitlisted', 'a clash on the waitlist stays on the waitlist');

      // The confirmed volunteer leaves: the first in line clashes, so the next one gets the place.
      assert.equal((await c!.request('DELETE', `/api/v1/shifts/${s}/signups/me`)).status, 204);
      assert.deepEqual([await placeOf(d!, s), await placeOf(e!, s)], ['waitlisted', 'confirmed']);
      assert.equal((await mail('signup_promoted', [e!.email])).length, 1);
      assert.equal((await mail('signup_promoted', [d!.email])).length, 0);

      // A new place: still nobody who can take it, so it stays free rather than double-book.
      assert.equal((await manager.patch(`/api/v1/shifts/${s}`, { capacity: 2 })).status, 200);
      assert.equal(await placeOf(d!, s), 'waitlisted');
      const pub = (await t.client().get(`/api/v1/opportunities/${beach}`)).body.shifts.find((x: any) => x.id === s);
      assert.deepEqual([pub.confirmed, pub.waitlisted, pub.placesLeft], [1, 1, 1]);

      // The clash ends (she cancels the other shift, as the notice asks): she is promoted at once.
      assert.equal((await d!.request('DELETE', `/api/v1/shifts/${other}/signups/me`)).status, 204);
      assert.equal(await placeOf(d!, s), 'confirmed');
      const promoted = await mail('signup_promoted', [d!.email]);
      assert.equal(promoted.length, 1);
      assert.match(promoted[0]!.body_text, /Beach clean-up/);
    });

    it('refuses to move a shift with verified hours (they are in the ledger); places can still change', async () => {
      const [v, w] = await bulkUsers(t, 2);
      const s = await pastShift([v!, w!], dubai(-3, 8), dubai(-3, 12));
      const claim = (await v!.post(`/api/v1/shifts/${s}/hours`, { startedAt: dubai(-3, 8), endedAt: dubai(-3, 12) })).body;
      const pending = (await w!.post(`/api/v1/shifts/${s}/hours`, { startedAt: dubai(-3, 6), endedAt: dubai(-3, 12) })).body;
      assert.equal((await manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'verify' })).body.status, 'verified');

      const r = await manager.patch(`/api/v1/shifts/${s}`, { startsAt: dubai(-3, 6), endsAt: dubai(-3, 12) });
      assert.equal(r.status, 409, JSON.stringify(r.body));
      assert.equal(r.body.error.code, 'shift.has_verified_hours');
      assert.equal(r.body.error.details.verified, 1);
      const row = await t.db.selectFrom('shifts').select(['starts_at', 'ends_at']).where('id', '=', s).executeTakeFirstOrThrow();
      assert.deepEqual([row.starts_at, row.ends_at], [dubai(-3, 8), dubai(-3, 12)], 'nothing moved');
      assert.deepEqual(await recordOf(pending.id), ['flagged', ['outside_window']], 'nor were other flags touched');
      assert.equal((await mail('shift_changed', [v!.email, w!.email])).length, 0, 'nor anyone told');
      assert.equal((await manager.patch(`/api/v1/shifts/${s}`, { endsAt: dubai(-3, 13) })).body.error.code, 'shift.has_verified_hours', 'an end time too');
      assert.equal((await manager.patch(`/api/v1/shifts/${s}`, { capacity: 4 })).status, 200);
    });

    it('recomputes outside_window of undecided hours against the new times, both ways, keeping other flags', async () => {
      const [p, q, r, m, x] = await bulkUsers(t, 5);
      const s = await pastShift([p!, q!, r!, m!, x!], dubai(-5, 8), dubai(-5, 12));
      const claimed = (await p!.post(`/api/v1/shifts/${s}/hours`, { startedAt: dubai(-5, 8), endedAt: dubai(-5, 12) })).body;
      const early = (await q!.post(`/api/v1/shifts/${s}/hours`, { startedAt: dubai(-5, 6), endedAt: dubai(-5, 12) })).body;
      const odd = (await manager.post(`/api/v1/shifts/${s}/attendance`, { userId: r!.userId, action: 'set', checkedInAt: dubai(-5, 13), checkedOutAt: dubai(-5, 12.75) })).body;
      const present = (await manager.post(`/api/v1/shifts/${s}/attendance`, { userId: m!.userId, action: 'check_in', at: dubai(-5, 8) })).body;
      const rejected = (await x!.post(`/api/v1/shifts/${s}/hours`, { startedAt: dubai(-5, 3), endedAt: dubai(-5, 4) })).body;
      await manager.post(`/api/v1/attendance/${rejected.id}/decision`, { action: 'reject', reason: 'Not on site' });
      assert.deepEqual([claimed.status, claimed.flags], ['claimed', []]);
      assert.deepEqual([early.status, early.flags], ['flagged', ['outside_window']]);
      assert.deepEqual([odd.status, odd.flags], ['flagged', ['checkout_before_checkin', 'outside_window']]);
      assert.deepEqual([present.status, present.flags], ['present', []]);

      // Earlier and longer: the early claim and the late check-in now fall inside the window.
      assert.equal((await manager.patch(`/api/v1/shifts/${s}`, { startsAt: dubai(-5, 6), endsAt: dubai(-5, 13) })).status, 200);
      assert.deepEqual(await recordOf(claimed.id), ['claimed', []]);
      assert.deepEqual(await recordOf(early.id), ['claimed', []], 'flag removed, back to claimed');
      assert.deepEqual(await recordOf(odd.id), ['flagged', ['checkout_before_checkin']], 'only outside_window goes; the other flag stays');
      assert.deepEqual(await recordOf(present.id), ['present', []]);
      assert.deepEqual(await recordOf(rejected.id), ['rejected', ['outside_window']], 'decided records are left alone');

      // In the afternoon: every time is now outside the window.
      assert.equal((await manager.patch(`/api/v1/shifts/${s}`, { startsAt: dubai(-5, 14), endsAt: dubai(-5, 18) })).status, 200);
      assert.deepEqual(await recordOf(claimed.id), ['flagged', ['outside_window']], 'claimed → flagged');
      assert.deepEqual(await recordOf(early.id), ['flagged', ['outside_window']]);
      assert.deepEqual(await recordOf(odd.id), ['flagged', ['checkout_before_checkin', 'outside_window']]);
      assert.deepEqual(await recordOf(present.id), ['flagged', ['outside_window']], 'present → flagged');

      // Back to the original times: each record is as it was first written.
      assert.equal((await manager.patch(`/api/v1/shifts/${s}`, { startsAt: dubai(-5, 8), endsAt: dubai(-5, 12) })).status, 200);
      assert.deepEqual(await recordOf(claimed.id), ['claimed', []]);
      assert.deepEqual(await recordOf(early.id), ['flagged', ['outside_window']]);
      assert.deepEqual(await recordOf(present.id), ['present', []], 'flagged → present');
      const audit = await t.db.selectFrom('audit_events').select(['before_json', 'after_json']).where('entity_id', '=', early.id).where('action', '=', 'attendance.flags_recomputed').orderBy('id').execute();
      assert.equal(audit.length, 2, 'each change of flags is audited (the last move changed nothing for it), with the shift’s new times');
      assert.deepEqual(JSON.parse(audit[0]!.after_json!), { status: 'claimed', flags: [], shiftStartsAt: dubai(-5, 6), shiftEndsAt: dubai(-5, 13) });
      assert.equal((await t.db.selectFrom('audit_events').select('id').where('entity_id', '=', claimed.id).where('action', '=', 'attendance.flags_recomputed').execute()).length, 2, 'unchanged records are not written');

      // Once one of them is verified, the shift stays where it is.
      const bulk = await manager.post(`/api/v1/organisations/${orgId}/attendance/verify`, { ids: [claimed.id] });
      assert.deepEqual(bulk.body.verified, [claimed.id]);
      assert.equal((await manager.patch(`/api/v1/shifts/${s}`, { startsAt: dubai(-5, 9) })).body.error.code, 'shift.has_verified_hours');
    });

    if (dialect === 'postgres') {
      it('refuses a verification racing a move to another day instead of dating the hours wrongly', async () => {
        const [v] = await bulkUsers(t, 1);
        const s = await pastShift([v!], dubai(-8, 8), dubai(-8, 12));
        const claim = (await v!.post(`/api/v1/shifts/${s}/hours`, { startedAt: dubai(-8, 8), endedAt: dubai(-8, 12) })).body;
        // A move holding the shift (as updateShift does) while the organiser verifies: the
        // verification reads the old day, then waits for the shift inside the ledger transaction.
        const answer = await t.db.transaction().execute(async (trx) => {
          await sql`select id from shifts where id = ${s} for update`.execute(trx);
          await trx.updateTable('shifts').set({ starts_at: dubai(-9, 8), ends_at: dubai(-9, 12) }).where('id', '=', s).execute();
          const verifying = manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'verify' });
          for (let i = 0; i < 200; i++) {
            const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
            if (waiting.rows[0]!.n > 0) break;
            await new Promise((res) => setTimeout(res, 25));
          }
          return { verifying };
        });
        const r = await answer.verifying;
        assert.equal(r.status, 409, JSON.stringify(r.body));
        assert.equal(r.body.error.code, 'attendance.shift_moved');
        assert.deepEqual(await recordOf(claim.id), ['claimed', []]);
        assert.equal((await t.db.selectFrom('contributions').select('id').where('reference', '=', `attendance:${claim.id}`).execute()).length, 0, 'the entry was rolled back');
        assert.ok((await verifyLedger(t.db)).ok);
        const again = await manager.post(`/api/v1/attendance/${claim.id}/decision`, { action: 'verify' });
        assert.equal(again.status, 200, 'looked at again, it verifies on the new day');
      });
    }
  });
}
