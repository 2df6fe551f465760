// Moving, resizing and cancelling a shift, and what that means for the people signed up.
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { queueMessage } from '../outbox/index.ts';
import * as repo from './volunteering.repository.ts';
import * as arepo from './attendance.repository.ts';
import { OPEN_STATUSES } from './attendance.repository.ts';
import { openStatusOf, withWindowFlag, type AttendanceFlag } from './flags.ts';
import { timesOf } from './attendance.presenter.ts';
import type { PatchShiftInput } from './volunteering.schemas.ts';
import { assertManager } from './volunteering.service.ts';
import { notice, shiftTime } from './notices.ts';
import { fillPlaces, resumeWaitlists, type LockedShift } from './signups.service.ts';

/** A confirmed volunteer of a moved shift whose new time overlaps another confirmed shift of theirs. */
export interface ShiftClash {
  userId: string;
  displayName: string;
  otherShiftId: string;
}

/**
 * Moves a shift or changes its places. The organiser's schedule wins: a move always happens,
 * except once hours at the shift are verified (they are in the ledger, dated by the shift: 409
 * `shift.has_verified_hours`). Everyone confirmed or waiting is told of a move (and reminded again
 * for the new time); a confirmed volunteer whose new time overlaps another confirmed shift of
 * theirs gets a notice naming the clash instead, and the answer lists them (`clashes`) for the
 * organiser. Hours recorded at the shift and not yet decided get `outside_window` recomputed
 * against the new times. More places promote from the waitlist (passing over people whose time
 * clashes); fewer places than people already confirmed is refused rather than dropping someone.
 */
export async function updateShift(db: Db, ctx: RequestContext, shiftId: string, input: PatchShiftInput) {
  const { result, freed } = await withTransaction(db, async (trx) => {
    const shift = await repo.lockShift(trx, shiftId);
    if (!shift) throw new NotFoundError();
    assertManager(ctx, shift.organisation_id);
    if (shift.status === 'cancelled') throw new ConflictError('shift.cancelled', 'This shift was cancelled.');
    const startsAt = input.startsAt ? new Date(input.startsAt).toISOString() : shift.starts_at;
    const endsAt = input.endsAt ? new Date(input.endsAt).toISOString() : shift.ends_at;
    if (Date.parse(endsAt) <= Date.parse(startsAt)) throw new ValidationError('The shift must end after it starts.', { fields: [{ path: input.endsAt ? 'endsAt' : 'startsAt', code: 'validation.end_before_start', message: 'Ends before it starts.' }] });
    const capacity = input.capacity ?? shift.capacity;
    const confirmed = await repo.countConfirmed(trx, shiftId);
    if (capacity < confirmed) throw new ConflictError('shift.capacity_below_confirmed', `${confirmed} people are already confirmed; cancel places first or keep at least ${confirmed}.`, { confirmed });
    const moved = startsAt !== shift.starts_at || endsAt !== shift.ends_at;
    const now = nowIso();
    const after = { ...shift, starts_at: startsAt, ends_at: endsAt, capacity };
    let clashes: ShiftClash[] = [];
    let heldOldTime: string[] = [];
    if (moved) {
      // Everyone on the roster or with hours here waits for this move (their sign-ups elsewhere,
      // their attendance writes), so the clashes and flags below are computed on a settled state.
      await repo.lockPeople(trx, await repo.peopleOnShift(trx, shiftId));
      const records = await arepo.attendanceOfShift(trx, shiftId);
      const verified = records.filter((r) => r.status === 'verified').length;
      if (verified) throw new ConflictError('shift.has_verified_hours', 'Hours at this shift are already verified and in the ledger, so it cannot be moved; add a new shift instead.', { verified });
      heldOldTime = await repo.confirmedPeople(trx, shiftId);
      await repo.updateShift(trx, shiftId, { starts_at: startsAt, ends_at: endsAt, capacity, updated_at: now });
      await recheckWindowFlags(trx, ctx, after, records, now);
      await repo.clearReminders(trx, shiftId);
      clashes = await tellMoved(trx, shift, after);
    } else if (capacity !== shift.capacity) {
      await repo.updateShift(trx, shiftId, { capacity, updated_at: now });
    }
    if (moved || capacity !== shift.capacity) {
      await recordAudit(trx, ctx, { action: 'shift.update', entityType: 'shift', entityId: shiftId, before: { startsAt: shift.starts_at, endsAt: shift.ends_at, capacity: shift.capacity }, after: { startsAt, endsAt, capacity, ...(moved ? { clashes: clashes.length } : {}) }, organisationId: shift.organisation_id });
    }
    await fillPlaces(trx, ctx, after, shift.organisation_id, now);
    return { result: { id: shiftId, startsAt, endsAt, capacity, status: shift.status, clashes }, freed: moved ? { people: heldOldTime, window: shift } : null };
  });
  // Its confirmed volunteers no longer hold the old time: where they wait at that time, places may fill.
  if (freed) await resumeWaitlists(db, ctx, freed.people, shiftId, freed.window);
  return result;
}

/**
 * Tells everyone confirmed or waiting that the shift moved (with the old time). A confirmed
 * volunteer whose new time overlaps another confirmed shift of theirs gets one notice naming the
 * clash (and asking them to cancel one) instead of the plain one. Answers those clashes.
 */
async function tellMoved(trx: DbOrTrx, before: LockedShift, after: LockedShift): Promise<ShiftClash[]> {
  const rows = await repo.confirmedClashes(trx, after.id, after.starts_at, after.ends_at);
  const byPerson = new Map<string, typeof rows>();
  for (const r of rows) byPerson.set(r.user_id, [...(byPerson.get(r.user_id) ?? []), r]);
  const was = { ar: `الموعد السابق: ${shiftTime(before.starts_at, 'ar-AE')}`, en: `It was: ${shiftTime(before.starts_at, 'en-AE')}` };
  for (const p of await repo.signedUpContacts(trx, after.id)) {
    const mine = byPerson.get(p.id);
    if (!mine) {
      await queueMessage(trx, notice(p.email, p.locale, 'shift_changed', after, was));
      continue;
    }
    const others = mine.map((o) => ({
      ar: `«${o.other_title_ar ?? o.other_title_en ?? ''}» — ${shiftTime(o.other_starts_at, 'ar-AE')}`,
      en: `“${o.other_title_en ?? o.other_title_ar ?? ''}” — ${shiftTime(o.other_starts_at, 'en-AE')}`,
    }));
    const one = others.length === 1;
    await queueMessage(trx, notice(p.email, p.locale, 'shift_changed_clash', after, {
      ar: [was.ar, one ? `الموعد الجديد يتعارض مع ورديتك المؤكَّدة في ${others[0]!.ar}.` : `الموعد الجديد يتعارض مع ورديات أخرى مؤكَّدة لك: ${others.map((o) => o.ar).join('، ')}.`,
        one ? 'لا يمكنك الحضور في المكانين معًا، فيُرجى إلغاء إحدى الورديتين من صفحة «وردياتي».' : 'لا يمكنك الحضور في أكثر من مكان في الوقت نفسه، فيُرجى إلغاء ما يتعارض منها من صفحة «وردياتي».'].join('\n'),
      en: [was.en, one ? `The new time clashes with your confirmed shift ${others[0]!.en}.` : `The new time clashes with your other confirmed shifts ${others.map((o) => o.en).join('; ')}.`,
        one ? 'You cannot be in both places: please cancel one of them on your “My shifts” page.' : 'You cannot be in several places at once: please cancel the shifts that clash on your “My shifts” page.'].join('\n'),
    }));
  }
  return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, otherShiftId: r.other_shift_id }));
}

/**
 * The shift moved: records at it still awaiting a decision get `outside_window` recomputed against
 * the new times (added or removed; other flags kept) and their status with it (flagged ↔ present
 * or claimed), in the move's transaction. Decided records (verified, rejected) are left alone.
 */
async function recheckWindowFlags(trx: DbOrTrx, ctx: RequestContext, shift: LockedShift, records: Awaited<ReturnType<typeof arepo.attendanceOfShift>>, now: string): Promise<void> {
  for (const r of records) {
    if (!(OPEN_STATUSES as readonly string[]).includes(r.status)) continue;
    const flags = JSON.parse(r.flags ?? '[]') as AttendanceFlag[];
    const next = withWindowFlag(flags, timesOf(r), { startsAt: shift.starts_at, endsAt: shift.ends_at });
    const status = openStatusOf(next, r.checked_in_at);
    if (status === r.status && next.join() === flags.join()) continue;
    if (!(await arepo.setFlagsIfOpen(trx, r.id, JSON.stringify(next), status, now))) continue;
    await recordAudit(trx, ctx, {
      action: 'attendance.flags_recomputed', entityType: 'shift_attendance', entityId: r.id, organisationId: shift.organisation_id,
      before: { status: r.status, flags }, after: { status, flags: next, shiftStartsAt: shift.starts_at, shiftEndsAt: shift.ends_at },
    });
  }
}

/**
 * Cancels a shift with a reason; everyone confirmed or waiting is told (their places stay as
 * history). Its confirmed volunteers are free at that time again, so shifts where they wait at
 * the same time may promote them.
 */
export async function cancelShift(db: Db, ctx: RequestContext, shiftId: string, reason: string) {
  const { result, freed } = await withTransaction(db, async (trx) => {
    const shift = await repo.lockShift(trx, shiftId);
    if (!shift) throw new NotFoundError();
    assertManager(ctx, shift.organisation_id);
    if (shift.status === 'cancelled') throw new ConflictError('shift.cancelled', 'This shift was already cancelled.');
    await repo.updateShift(trx, shiftId, { status: 'cancelled', updated_at: nowIso() });
    await recordAudit(trx, ctx, { action: 'shift.cancel', entityType: 'shift', entityId: shiftId, before: { status: shift.status }, after: { status: 'cancelled', reason }, organisationId: shift.organisation_id });
    const why = { ar: `السبب: ${reason}`, en: `Reason: ${reason}` };
    for (const p of await repo.signedUpContacts(trx, shiftId)) await queueMessage(trx, notice(p.email, p.locale, 'shift_cancelled', shift, why));
    return { result: { id: shiftId, startsAt: shift.starts_at, endsAt: shift.ends_at, capacity: shift.capacity, status: 'cancelled' }, freed: { people: await repo.confirmedPeople(trx, shiftId), window: shift } };
  });
  await resumeWaitlists(db, ctx, freed.people, shiftId, freed.window);
  return result;
}
