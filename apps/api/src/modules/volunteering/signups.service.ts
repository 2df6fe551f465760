// Sign-ups, waitlists and promotion: exact under concurrency (see signUp).
import { randomUUID } from 'node:crypto';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { queueMessage } from '../outbox/index.ts';
import * as repo from './volunteering.repository.ts';
import { notice } from './notices.ts';

/** Whole years from a date of birth to an instant (the minimum-age rule). */
const yearsBetween = (dob: string, at: string) => {
  const b = new Date(`${dob}T00:00:00Z`);
  const a = new Date(at);
  let years = a.getUTCFullYear() - b.getUTCFullYear();
  if (a.getUTCMonth() < b.getUTCMonth() || (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate())) years--;
  return years;
};

/**
 * Signs the person up for a shift: confirmed while places remain, otherwise on the waitlist.
 * Exact under concurrency: the shift row is locked (PostgreSQL) or the database has one writer
 * (SQLite), so confirmed sign-ups never exceed capacity, from any number of app processes.
 */
export async function signUp(db: Db, ctx: RequestContext, shiftId: string) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  const result = await withTransaction(db, async (trx) => {
    // Lock order (see lockPerson): the shift, then the person.
    const shift = await repo.lockShift(trx, shiftId);
    if (!shift) throw new NotFoundError();
    await repo.lockPerson(trx, actor.userId);
    if (shift.status !== 'scheduled' || shift.opportunity_status !== 'open') throw new ConflictError('shift.not_open', 'This shift is not open for sign-ups.');
    if (Date.parse(shift.starts_at) <= Date.now()) throw new ConflictError('shift.started', 'This shift has already started.');
    if (shift.min_age) {
      const profile = await repo.findProfile(trx, actor.userId);
      if (!profile?.date_of_birth) throw new ConflictError('shift.age_unknown', 'Add your date of birth to your volunteer profile first.', { minAge: shift.min_age });
      if (yearsBetween(profile.date_of_birth, shift.starts_at) < shift.min_age) throw new ConflictError('shift.too_young', `Volunteers must be at least ${shift.min_age}.`, { minAge: shift.min_age });
    }
    const clash = await repo.overlapping(trx, actor.userId, shiftId, shift.starts_at, shift.ends_at);
    if (clash.length) throw new ConflictError('shift.overlaps', 'You already have a shift at that time.', { shiftId: clash[0]!.id });
    const existing = await repo.findSignup(trx, shiftId, actor.userId);
    if (existing && existing.status !== 'cancelled') throw new ConflictError('shift.already_signed_up', 'You are already signed up for this shift.', { status: existing.status });
    const status = (await repo.countConfirmed(trx, shiftId)) < shift.capacity ? 'confirmed' : 'waitlisted';
    const now = nowIso();
    const id = existing?.id ?? randomUUID();
    if (existing) await repo.setSignupStatus(trx, id, status, now);
    else {
      try {
        await repo.insertSignup(trx, { id, shift_id: shiftId, user_id: actor.userId, status, reminded_at: null, created_at: now, updated_at: now });
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError('shift.already_signed_up', 'You are already signed up for this shift.');
        throw err;
      }
    }
    await queueMessage(trx, notice(actor.email, actor.locale, status === 'confirmed' ? 'signup_confirmed' : 'signup_waitlisted', shift));
    await recordAudit(trx, ctx, { action: `shift.signup_${status}`, entityType: 'shift', entityId: shiftId, after: { userId: actor.userId, status }, organisationId: null });
    return { id, shiftId, status };
  });
  return result;
}

/** A locked shift as `repo.lockShift` answers it. */
export type LockedShift = NonNullable<Awaited<ReturnType<typeof repo.lockShift>>>;

/**
 * Fills the shift's free places from its waitlist, first come first served, and tells each person
 * promoted. Someone holding a confirmed place on another shift at an overlapping time is passed
 * over while that clash lasts: they stay waitlisted, keep their turn, and are considered again at
 * the next promotion. Each candidate is locked (PostgreSQL) and checked again, so a sign-up of
 * theirs elsewhere at the same moment cannot make a double booking. Call with the shift locked.
 */
export async function fillPlaces(trx: DbOrTrx, ctx: RequestContext, shift: LockedShift, organisationId: string | null, now: string): Promise<void> {
  const passedOver: string[] = [];
  for (let free = shift.capacity - (await repo.countConfirmed(trx, shift.id)); free > 0;) {
    const next = await repo.firstWaitlisted(trx, shift, passedOver);
    if (!next) return;
    await repo.lockPerson(trx, next.user_id);
    if ((await repo.overlapping(trx, next.user_id, shift.id, shift.starts_at, shift.ends_at)).length) {
      passedOver.push(next.id);
      continue;
    }
    await repo.setSignupStatus(trx, next.id, 'confirmed', now);
    const person = await repo.findPersonContact(trx, next.user_id);
    await queueMessage(trx, notice(person.email, person.locale, 'signup_promoted', shift));
    await recordAudit(trx, ctx, { action: 'shift.signup_promoted', entityType: 'shift', entityId: shift.id, after: { userId: next.user_id, status: 'confirmed' }, organisationId });
    free--;
  }
}

/**
 * These people no longer hold [startsAt, endsAt) elsewhere (a place cancelled, a shift cancelled
 * or moved away): shifts at that time where they wait, passed over for the clash until now, fill
 * their free places again. One transaction per shift (each locked on its own, never two at once).
 */
export async function resumeWaitlists(db: Db, ctx: RequestContext, userIds: readonly string[], freedShiftId: string, window: { starts_at: string; ends_at: string }): Promise<void> {
  try {
    for (const shiftId of await repo.waitlistedOverlapping(db, userIds, freedShiftId, window.starts_at, window.ends_at)) await refill(db, ctx, shiftId);
  } catch {
    // The caller's change is committed and must be answered as done; a promotion missed here is
    // made by the hourly `fillFreePlaces` sweep.
  }
}

/** Locks one shift and promotes from its waitlist into its free places (own transaction). */
async function refill(db: Db, ctx: RequestContext, shiftId: string): Promise<void> {
  await withTransaction(db, async (trx) => {
    const shift = await repo.lockShift(trx, shiftId);
    if (shift?.status === 'scheduled' && Date.parse(shift.starts_at) > Date.now()) await fillPlaces(trx, { ...ctx, actor: null }, shift, null, nowIso());
  });
}

/**
 * Safety net run by the hourly scheduler: upcoming shifts with free places and people waiting
 * are filled from their waitlists (the same rules as a cancellation). Returns how many shifts.
 */
export async function fillFreePlaces(db: Db): Promise<number> {
  const ids = await repo.shiftsWithFreePlacesAndWaitlist(db, nowIso());
  const system: RequestContext = { actor: null, requestId: 'scheduler', ip: null };
  for (const id of ids) await refill(db, system, id);
  return ids.length;
}

/**
 * Cancels the person's place; if it was confirmed, the first on the waitlist who can take it is
 * promoted and told, and the shifts at the same time where this person waits may now promote them.
 */
export async function cancelSignup(db: Db, ctx: RequestContext, shiftId: string) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  const freed = await withTransaction(db, async (trx) => {
    const shift = await repo.lockShift(trx, shiftId);
    if (!shift) throw new NotFoundError();
    const mine = await repo.findSignup(trx, shiftId, actor.userId);
    if (!mine || mine.status === 'cancelled') throw new NotFoundError();
    const now = nowIso();
    await repo.setSignupStatus(trx, mine.id, 'cancelled', now);
    await recordAudit(trx, ctx, { action: 'shift.signup_cancel', entityType: 'shift', entityId: shiftId, before: { status: mine.status }, after: { status: 'cancelled' }, organisationId: null });
    if (mine.status !== 'confirmed') return null;
    await fillPlaces(trx, { ...ctx, actor: null }, shift, null, now);
    return shift.status === 'scheduled' ? shift : null;
  });
  if (freed) await resumeWaitlists(db, ctx, [actor.userId], shiftId, freed);
}
