import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { bulkUsers, createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { activate, draftInitiative } from '../../../test/initiatives.ts';
import { fillFreePlaces, sendShiftReminders } from './index.ts';

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

for (const dialect of dialects()) {
  describe(`shift changes, cancellations and reminders (${dialect})`, () => {
    let t: TestApp;
    let manager: SignedInClient;
    let member: SignedInClient;
    let outsider: SignedInClient;
    let opportunityId: string;
    const shift = async (startsIn: number, hours: number, capacity: number) => {
      const r = await manager.post(`/api/v1/opportunities/${opportunityId}/shifts`, { startsAt: inHours(startsIn), endsAt: inHours(startsIn + hours), capacity });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.items[0].id as string;
    };
    const mail = (kind: string, emails: string[]) =>
      t.db.selectFrom('outbox_messages').selectAll().where('kind', '=', kind).where('to_address', 'in', emails).execute();

    before(async () => {
      t = await createTestApp(dialect);
      manager = await t.user();
      member = await t.user();
      outsider = await t.user();
      const reviewer = await t.user({ platformRole: 'reviewer' });
      const org = await t.organisation(manager);
      await t.addMember(manager, org.id, member, 'member');
      await t.organisation(outsider);
      const ini = await draftInitiative(t, manager, org.id, {}, [{ kind: 'time', targetHours: 100 }]);
      await activate(manager, reviewer, ini.id);
      const need = (await manager.get(`/api/v1/initiatives/${ini.id}`)).body.needs[0];
      opportunityId = (await manager.post(`/api/v1/organisations/${org.id}/opportunities`, { initiativeId: ini.id, needId: need.id, titleAr: 'تنظيف الشاطئ', titleEn: 'Beach clean-up', emirate: 'ajman', address: 'Ajman Corniche' })).body.id;
    });
    after(async () => { await t.close(); });

    it('tells everyone signed up when a shift moves, promotes when places grow, and refuses fewer places than confirmed', async () => {
      const s = await shift(24 * 6, 3, 2);
      const [a, b, c] = await bulkUsers(t, 3);
      for (const p of [a, b, c]) await p!.post(`/api/v1/shifts/${s}/signups`);
      const everyone = [a!.email, b!.email, c!.email];
      assert.equal((await member.patch(`/api/v1/shifts/${s}`, { capacity: 5 })).status, 403, 'members cannot change shifts');
      assert.equal((await outsider.patch(`/api/v1/shifts/${s}`, { capacity: 5 })).status, 404);
      const tooFew = await manager.patch(`/api/v1/shifts/${s}`, { capacity: 1 });
      assert.equal(tooFew.status, 409);
      assert.equal(tooFew.body.error.code, 'shift.capacity_below_confirmed');
      assert.equal(tooFew.body.error.details.confirmed, 2);
      const backwards = await manager.patch(`/api/v1/shifts/${s}`, { endsAt: inHours(24 * 5) });
      assert.equal(backwards.status, 400);
      assert.equal(backwards.body.error.details.fields[0].code, 'validation.end_before_start');

      const moved = await manager.patch(`/api/v1/shifts/${s}`, { startsAt: '2027-04-02T16:00:00+04:00', endsAt: '2027-04-02T19:00:00+04:00' });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal(moved.body.startsAt, '2027-04-02T12:00:00.000Z');
      const changed = await mail('shift_changed', everyone);
      assert.equal(changed.length, 3, 'confirmed and waitlisted volunteers are told');
      assert.match(changed[0]!.body_text, /تنظيف الشاطئ/);
      assert.match(changed[0]!.body_text, /Beach clean-up/);
      assert.match(changed[0]!.subject, /تغيّر موعد ورديتك/);

      const more = await manager.patch(`/api/v1/shifts/${s}`, { capacity: 3 });
      assert.equal(more.status, 200);
      assert.equal((await c!.get('/api/v1/me/shifts')).body.items.find((i: any) => i.shiftId === s).status, 'confirmed', 'a new place goes to the waitlist');
      assert.equal((await mail('signup_promoted', [c!.email])).length, 1);
      assert.equal((await mail('shift_changed', everyone)).length, 3, 'a change of places alone does not tell everyone');
      const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', s).execute();
      assert.equal(audit.filter((e) => e.action === 'shift.update').length, 2);
    });

    it('fills free places from the waitlist in the hourly sweep when a promotion was missed', async () => {
      const s = await shift(24 * 9, 2, 1);
      const [a, b] = await bulkUsers(t, 2);
      assert.equal((await a!.post(`/api/v1/shifts/${s}/signups`)).body.status, 'confirmed');
      assert.equal((await b!.post(`/api/v1/shifts/${s}/signups`)).body.status, 'waitlisted');
      // A place freed without the follow-up promotion (as if it had failed after the commit).
      await t.db.updateTable('shift_signups').set({ status: 'cancelled' }).where('shift_id', '=', s).where('user_id', '=', a!.userId).execute();
      assert.ok((await fillFreePlaces(t.db)) >= 1);
      const mine = await b!.get('/api/v1/me/shifts');
      assert.equal(mine.body.items.find((x: any) => x.shiftId === s).status, 'confirmed');
      assert.equal((await mail('signup_promoted', [b!.email])).length, 1, 'and told');
      assert.equal(await fillFreePlaces(t.db) >= 0, true);
      const again = await t.db.selectFrom('shift_signups').select('status').where('shift_id', '=', s).where('status', '=', 'confirmed').execute();
      assert.equal(again.length, 1, 'a second sweep changes nothing');
    });

    it('cancels a shift only with a reason and tells everyone why', async () => {
      const s = await shift(24 * 8, 2, 1);
      const [a, b] = await bulkUsers(t, 2);
      for (const p of [a, b]) await p!.post(`/api/v1/shifts/${s}/signups`);
      const noReason = await manager.post(`/api/v1/shifts/${s}/cancel`, {});
      assert.equal(noReason.status, 400);
      assert.equal((await manager.post(`/api/v1/shifts/${s}/cancel`, { reason: '   ' })).body.error.details.fields[0].code, 'validation.reason_required');
      assert.equal((await member.post(`/api/v1/shifts/${s}/cancel`, { reason: 'Storm warning' })).status, 403);
      const r = await manager.post(`/api/v1/shifts/${s}/cancel`, { reason: 'تحذير من عاصفة — Storm warning' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.status, 'cancelled');
      const told = await mail('shift_cancelled', [a!.email, b!.email]);
      assert.equal(told.length, 2);
      assert.ok(told.every((m) => m.body_text.includes('Storm warning') && m.body_text.includes('السبب')));
      assert.equal((await manager.post(`/api/v1/shifts/${s}/cancel`, { reason: 'Again' })).body.error.code, 'shift.cancelled');
      assert.equal((await manager.patch(`/api/v1/shifts/${s}`, { capacity: 4 })).body.error.code, 'shift.cancelled');
      const pub = (await t.client().get(`/api/v1/opportunities/${opportunityId}`)).body.shifts.find((x: any) => x.id === s);
      assert.equal(pub.status, 'cancelled');
      assert.equal((await a!.get('/api/v1/me/shifts')).body.items.find((i: any) => i.shiftId === s).shiftStatus, 'cancelled');
      assert.equal((await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', s).where('action', '=', 'shift.cancel').execute()).length, 1);
    });

    it('reminds each confirmed volunteer once, the day before, even with several processes', async () => {
      const soon = await shift(10, 2, 2);
      const later = await shift(30, 2, 5);
      const [a, b, waiting, other] = await bulkUsers(t, 4);
      for (const p of [a, b, waiting]) await p!.post(`/api/v1/shifts/${soon}/signups`);
      await other!.post(`/api/v1/shifts/${later}/signups`);
      const emails = [a!.email, b!.email, waiting!.email, other!.email];
      const sent = await Promise.all([sendShiftReminders(t.db), sendShiftReminders(t.db), sendShiftReminders(t.db)]);
      assert.equal(sent.reduce((x, y) => x + y, 0), 2, 'two confirmed volunteers, each once across three runs');
      assert.equal(await sendShiftReminders(t.db), 0, 'and never again');
      const reminders = await mail('shift_reminder', emails);
      assert.deepEqual(reminders.map((m) => m.to_address).sort(), [a!.email, b!.email].sort(), 'not the waitlist, not a shift two days away');
      assert.match(reminders[0]!.body_text, /Ajman Corniche/);
      assert.match(reminders[0]!.subject, /تذكير/);
      // A day later the other shift is due; moving a reminded shift earns a new reminder.
      assert.equal(await sendShiftReminders(t.db, new Date(Date.now() + 24 * 3_600_000)), 1);
      await manager.patch(`/api/v1/shifts/${soon}`, { startsAt: inHours(12), endsAt: inHours(14) });
      assert.equal(await sendShiftReminders(t.db), 2);
      assert.equal((await mail('shift_reminder', emails)).length, 5);
    });
  });
}
