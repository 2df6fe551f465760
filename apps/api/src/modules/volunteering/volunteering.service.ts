import { randomInt, randomUUID } from 'node:crypto';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import type { OpportunityRow, ShiftRow } from '../../platform/db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import { roleIn, type RequestContext } from '../../platform/http/context.ts';
import { memberRoleAtLeast } from '../../../../../packages/shared/src/index.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import { recordAudit } from '../audit/index.ts';
import { queueMessage } from '../outbox/index.ts';
import * as repo from './volunteering.repository.ts';
import * as arepo from './attendance.repository.ts';
import { OPEN_STATUSES } from './attendance.repository.ts';
import { openStatusOf, withWindowFlag, type AttendanceFlag } from './flags.ts';
import { findSkill } from './skills.service.ts';
import { expandDown } from '../priorities/index.ts';
import { presentAttendance, timesOf } from './attendance.presenter.ts';
import type { CreateOpportunityInput, ListOpportunitiesQuery, PatchShiftInput, ShiftsInput } from './volunteering.schemas.ts';

const GST_OFFSET = '+04:00';
// Letters and digits that cannot be mistaken for each other when read off a sign (no 0/O, 1/I/L).
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A six-character code the organiser shows on site; volunteers enter it to check themselves in. */
export function newCheckCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Managers (and owners) of the organisation; others get 404 (not theirs) or 403 (members). */
export function assertManager(ctx: RequestContext, orgId: string): void {
  if (!ctx.actor) throw new UnauthenticatedError();
  const role = roleIn(ctx.actor, orgId);
  if (!role) throw new NotFoundError();
  if (!memberRoleAtLeast(role, 'manager')) throw new ForbiddenError();
}

/** Any member of the organisation; everyone else gets 404 (never reveal what is not theirs). */
export function assertMember(ctx: RequestContext, orgId: string): void {
  if (!ctx.actor) throw new UnauthenticatedError();
  if (!roleIn(ctx.actor, orgId)) throw new NotFoundError();
}

/** An organisation turns a time need into an opportunity people can sign up for. */
export async function createOpportunity(db: Db, ctx: RequestContext, orgId: string, input: CreateOpportunityInput) {
  assertManager(ctx, orgId);
  return withTransaction(db, async (trx) => {
    const ini = await repo.findInitiativeOwner(trx, input.initiativeId);
    if (!ini || ini.organisation_id !== orgId) throw new ValidationError('Unknown initiative.', { fields: [{ path: 'initiativeId', code: 'validation.unknown_reference', message: 'Not an initiative of this organisation.' }] });
    const need = await repo.findNeed(trx, input.needId);
    if (!need || need.initiative_id !== input.initiativeId || need.kind !== 'time') throw new ValidationError('Choose a time need of this initiative.', { fields: [{ path: 'needId', code: 'validation.unknown_reference', message: 'Not a time need of this initiative.' }] });
    if (!['approved', 'active'].includes(ini.status)) throw new ConflictError('contribution.initiative_not_open', 'The initiative is not live.');
    const now = nowIso();
    const row: OpportunityRow = {
      id: randomUUID(), organisation_id: orgId, initiative_id: input.initiativeId, need_id: input.needId,
      title_ar: input.titleAr ?? null, title_en: input.titleEn ?? null, description_ar: input.descriptionAr ?? null, description_en: input.descriptionEn ?? null,
      emirate: input.emirate, area_ar: input.areaAr ?? null, area_en: input.areaEn ?? null, address: input.address ?? null, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
      skills: JSON.stringify(input.skills), languages: JSON.stringify(input.languages), min_age: input.minAge ?? null, audience: input.audience,
      instructions_ar: input.instructionsAr ?? null, instructions_en: input.instructionsEn ?? null, status: 'open', created_by: ctx.actor!.userId, created_at: now, updated_at: now,
    };
    await repo.insertOpportunity(trx, row);
    await recordAudit(trx, ctx, { action: 'opportunity.create', entityType: 'opportunity', entityId: row.id, after: { titleAr: row.title_ar, titleEn: row.title_en, initiativeId: row.initiative_id }, organisationId: orgId });
    return presentOpportunity(row);
  });
}

export function presentOpportunity(o: OpportunityRow) {
  return {
    id: o.id, organisationId: o.organisation_id, initiativeId: o.initiative_id, needId: o.need_id, titleAr: o.title_ar, titleEn: o.title_en,
    descriptionAr: o.description_ar, descriptionEn: o.description_en, emirate: o.emirate, areaAr: o.area_ar, areaEn: o.area_en, address: o.address,
    latitude: o.latitude, longitude: o.longitude, skills: JSON.parse(o.skills) as string[], languages: JSON.parse(o.languages) as string[],
    minAge: o.min_age, audience: o.audience, instructionsAr: o.instructions_ar, instructionsEn: o.instructions_en, status: o.status, createdAt: o.created_at,
  };
}

/** The dates from `from` to `until` (inclusive) that fall on the given weekdays (0 = Sunday). */
export function weeklyDates(from: string, until: string, weekdays: number[]): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${until}T00:00:00Z`) && out.length < 366; d.setUTCDate(d.getUTCDate() + 1)) {
    if (weekdays.includes(d.getUTCDay())) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Adds one shift or a weekly series (at most a year of them) to an opportunity. */
export async function addShifts(db: Db, ctx: RequestContext, opportunityId: string, input: ShiftsInput) {
  const o = await repo.findOpportunity(db, opportunityId);
  if (!o) throw new NotFoundError();
  assertManager(ctx, o.organisation_id);
  const now = nowIso();
  const make = (startsAt: string, endsAt: string): ShiftRow => ({ id: randomUUID(), opportunity_id: opportunityId, starts_at: new Date(startsAt).toISOString(), ends_at: new Date(endsAt).toISOString(), capacity: input.capacity, status: 'scheduled', check_code: newCheckCode(), created_at: now, updated_at: now });
  const rows = 'weekly' in input
    ? weeklyDates(input.weekly.from, input.weekly.until, input.weekly.weekdays).map((d) => make(`${d}T${input.weekly.startTime}:00${GST_OFFSET}`, `${d}T${input.weekly.endTime}:00${GST_OFFSET}`))
    : [make(input.startsAt, input.endsAt)];
  if (rows.length === 0) throw new ValidationError('No date in that range falls on those weekdays.', { fields: [{ path: 'weekly.weekdays', code: 'validation.invalid_value', message: 'No dates.' }] });
  await withTransaction(db, async (trx) => {
    await repo.insertShifts(trx, rows);
    await recordAudit(trx, ctx, { action: 'shift.create', entityType: 'opportunity', entityId: opportunityId, after: { shifts: rows.length, capacity: input.capacity }, organisationId: o.organisation_id });
  });
  return { items: rows.map((r) => ({ id: r.id, startsAt: r.starts_at, endsAt: r.ends_at, capacity: r.capacity })) };
}

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
type LockedShift = NonNullable<Awaited<ReturnType<typeof repo.lockShift>>>;

/**
 * Fills the shift's free places from its waitlist, first come first served, and tells each person
 * promoted. Someone holding a confirmed place on another shift at an overlapping time is passed
 * over while that clash lasts: they stay waitlisted, keep their turn, and are considered again at
 * the next promotion. Each candidate is locked (PostgreSQL) and checked again, so a sign-up of
 * theirs elsewhere at the same moment cannot make a double booking. Call with the shift locked.
 */
async function fillPlaces(trx: DbOrTrx, ctx: RequestContext, shift: LockedShift, organisationId: string | null, now: string): Promise<void> {
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
async function resumeWaitlists(db: Db, ctx: RequestContext, userIds: readonly string[], freedShiftId: string, window: { starts_at: string; ends_at: string }): Promise<void> {
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

/** A time as people in the UAE read it (Gulf Standard Time), in `locale`. */
export function shiftTime(at: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Dubai' }).format(new Date(at));
}

/** What a volunteer is told about their shift. */
export type NoticeKind = 'signup_confirmed' | 'signup_waitlisted' | 'signup_promoted' | 'shift_changed' | 'shift_changed_clash' | 'shift_cancelled' | 'shift_reminder';

/**
 * A bilingual notice about a shift (Arabic first), with the time in Gulf Standard Time. `extra`
 * adds a line in each language (a cancellation's reason, a shift's old time).
 */
export function notice(to: string, locale: string, kind: NoticeKind, shift: { title_ar: string | null; title_en: string | null; starts_at: string }, extra?: { ar: string; en: string }) {
  const when = (l: string) => shiftTime(shift.starts_at, l);
  const title = { ar: shift.title_ar ?? shift.title_en ?? '', en: shift.title_en ?? shift.title_ar ?? '' };
  const text = {
    signup_confirmed: ['تم تأكيد مشاركتك في', 'You are confirmed for'],
    signup_waitlisted: ['الوردية ممتلئة؛ أنت على قائمة الانتظار في', 'The shift is full; you are on the waitlist for'],
    signup_promoted: ['فرغ مكان وتم تأكيد مشاركتك في', 'A place opened up and you are now confirmed for'],
    shift_changed: ['تغيّر موعد ورديتك في', 'The time of your shift has changed:'],
    shift_changed_clash: ['تعارض في مواعيدك بعد تغيّر موعد ورديتك في', 'Your shifts now clash: the time has changed for'],
    shift_cancelled: ['أُلغيت ورديتك في', 'Your shift has been cancelled:'],
    shift_reminder: ['تذكير بورديتك القادمة في', 'A reminder of your coming shift:'],
  }[kind];
  const more = (l: 'ar' | 'en') => (extra ? `\n${extra[l]}` : '');
  return {
    to, kind, locale,
    subject: `${text[0]} «${title.ar}» | ${text[1]} “${title.en}”`,
    text: `${text[0]} «${title.ar}» — ${when('ar-AE')}${more('ar')}\n\n${text[1]} “${title.en}” — ${when('en-AE')}${more('en')}\n`,
  };
}

/** An opportunity with its organisation, its shifts and how full each is (public while open). */
export async function getOpportunity(db: Db, id: string) {
  const o = await repo.findOpportunityWithOrganisation(db, id);
  if (!o) throw new NotFoundError();
  const shifts = await repo.shiftsWithCounts(db, id);
  return {
    ...presentOpportunity(o),
    organisation: { id: o.organisation_id, nameAr: o.org_name_ar, nameEn: o.org_name_en },
    shifts: shifts.map((s) => ({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at, capacity: s.capacity, status: s.status, confirmed: Number(s.confirmed), waitlisted: Number(s.waitlisted), placesLeft: Math.max(0, s.capacity - Number(s.confirmed)) })),
  };
}

/**
 * Open opportunities with filters. A priority matches at any level, as in the initiative
 * catalogue: SDG 4 finds opportunities of initiatives tagged with a Dubai aim linked to it.
 */
export async function listOpportunities(db: Db, f: ListOpportunitiesQuery, page: PageQuery) {
  const priorityIds = f.priorityId ? [...(await expandDown(db, [f.priorityId]))] : undefined;
  // Any listed code, active or not: opportunities keep the codes they stored when a skill is deactivated.
  const known = f.skill ? await findSkill(db, f.skill.toLowerCase()) : undefined;
  // A code from the list also matches opportunities that wrote the skill's name in either language.
  const skills = known ? [known.code, known.name_ar, known.name_en] : f.skill ? [f.skill] : undefined;
  const [rows, count] = await repo.listOpenOpportunities(db, {
    emirate: f.emirate, language: f.language, q: f.q, skills, priorityIds,
    from: f.from ? `${f.from}T00:00:00.000Z` : undefined, to: f.to ? `${f.to}T23:59:59.999Z` : undefined,
  }, page.pageSize, offsetOf(page));
  return { items: rows.map((r) => ({ ...presentOpportunity(r), organisation: { id: r.organisation_id, nameAr: r.org_name_ar, nameEn: r.org_name_en } })), page: page.page, pageSize: page.pageSize, total: Number(count.n) };
}

/** My sign-ups with their shifts, opportunity (and its organisation) and, once there is one, my attendance record. */
export async function myShifts(db: Db, ctx: RequestContext) {
  const rows = await repo.mySignups(db, ctx.actor!.userId);
  return {
    items: rows.map((r) => ({
      id: r.id, status: r.status, shiftId: r.shift_id, startsAt: r.starts_at, endsAt: r.ends_at, shiftStatus: r.shift_status,
      opportunity: {
        id: r.opportunity_id, titleAr: r.title_ar, titleEn: r.title_en, emirate: r.emirate,
        organisation: { id: r.organisation_id, nameAr: r.org_name_ar, nameEn: r.org_name_en },
      },
      attendance: r.attendance_id ? presentAttendance({ ...r, id: r.attendance_id, status: r.attendance_status! }) : null,
    })),
  };
}

/** Every opportunity of an organisation, in any status, with how many shifts each has. */
export async function listOrganisationOpportunities(db: Db, orgId: string, page: PageQuery) {
  const { rows, total } = await repo.listOrganisationOpportunities(db, orgId, nowIso(), page.pageSize, offsetOf(page));
  return {
    items: rows.map((r) => ({ ...presentOpportunity(r), shiftCounts: { total: Number(r.shifts_total), upcoming: Number(r.shifts_upcoming), cancelled: Number(r.shifts_cancelled) } })),
    page: page.page, pageSize: page.pageSize, total,
  };
}
