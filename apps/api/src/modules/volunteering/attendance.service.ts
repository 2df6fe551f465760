import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { Config } from '../../config.ts';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import type { ShiftAttendanceRow } from '../../platform/db/schema.ts';
import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import * as arepo from './attendance.repository.ts';
import { OPEN_STATUSES, type ShiftContext } from './attendance.repository.ts';
import { presentAttendance, timesOf } from './attendance.presenter.ts';
import type { MarkInput } from './attendance.schemas.ts';
import { WINDOW_SLACK_MS, flagsFor, openStatusOf, withOverlap } from './flags.ts';
import * as vrepo from './volunteering.repository.ts';
import { assertManager, assertMember, newCheckCode } from './volunteering.service.ts';

// Clocks on phones and servers disagree a little; a time this far ahead still counts as "now".
const CLOCK_SKEW_MS = 5 * 60_000;

/** The shift (with its organisation and need), or 404. */
export async function loadShift(db: DbOrTrx, shiftId: string): Promise<ShiftContext> {
  const shift = await arepo.findShiftContext(db, shiftId);
  if (!shift) throw new NotFoundError();
  return shift;
}

const assertNotCancelled = (shift: { status: string }) => {
  if (shift.status === 'cancelled') throw new ConflictError('shift.cancelled', 'This shift was cancelled.');
};

/** Normalises a time to the stored form and refuses one in the future (400 naming the field). */
function pastTime(value: string, path: string, now = Date.now()): string {
  const at = Date.parse(value);
  if (at > now + CLOCK_SKEW_MS) throw new ValidationError('That time has not come yet.', { fields: [{ path, code: 'validation.in_future', message: 'A time in the future.' }] });
  return new Date(at).toISOString();
}

/** The window in which the on-site code works: 30 minutes either side of the shift. */
export function checkWindow(shift: { starts_at: string; ends_at: string }) {
  return { validFrom: new Date(Date.parse(shift.starts_at) - WINDOW_SLACK_MS).toISOString(), validUntil: new Date(Date.parse(shift.ends_at) + WINDOW_SLACK_MS).toISOString() };
}

/**
 * Writes one change to a person's attendance at a shift and recomputes its flags and status, in
 * the caller's transaction. The person is locked (PostgreSQL) so two writes cannot both create
 * the record, and flags computed against their other records see a settled state. The shift's
 * times are read again after that lock: a move of the shift holds the locks of everyone on it, so
 * this write sees the shift either before the move (and the move then rechecks the record) or after.
 */
async function saveAttendance(trx: DbOrTrx, ctx: RequestContext, shift: ShiftContext, signup: { id: string; user_id: string }, action: string, change: (current: ShiftAttendanceRow | undefined) => Partial<ShiftAttendanceRow>) {
  await vrepo.lockPerson(trx, signup.user_id);
  const current = await arepo.findAttendanceBySignup(trx, signup.id);
  if (current && !(OPEN_STATUSES as readonly string[]).includes(current.status)) throw new ConflictError('attendance.already_decided', 'These hours have already been decided.', { status: current.status });
  const now = nowIso();
  const next: ShiftAttendanceRow = {
    ...(current ?? {
      id: randomUUID(), signup_id: signup.id, shift_id: shift.id, user_id: signup.user_id, organisation_id: shift.organisation_id,
      checked_in_at: null, checked_out_at: null, check_in_source: null, recorded_by: null, claimed_start_at: null, claimed_end_at: null, claimed_note: null, claimed_at: null,
      flags: '[]', status: 'present', verified_minutes: null, decided_by: null, decided_at: null, decision_reason: null, contribution_id: null, created_at: now, updated_at: now,
    }),
    ...change(current),
    updated_at: now,
  };
  const times = (await arepo.findShiftContext(trx, shift.id)) ?? shift;
  const { flags, reflag } = await flagsFor(trx, next.user_id, next.id, timesOf(next), { startsAt: times.starts_at, endsAt: times.ends_at });
  next.flags = JSON.stringify(flags);
  next.status = openStatusOf(flags, next.checked_in_at);
  if (current) await arepo.updateAttendance(trx, next.id, next);
  else await arepo.insertAttendance(trx, next);
  await recordAudit(trx, ctx, {
    action, entityType: 'shift_attendance', entityId: next.id, organisationId: shift.organisation_id,
    before: current ? { ...timesOf(current), status: current.status } : null, after: { ...timesOf(next), status: next.status, flags, userId: next.user_id },
  });
  // The overlap is the earlier records' problem too: those still awaiting a decision are flagged
  // now, in this transaction, so nobody verifies them without seeing it. Decided ones stay as they are.
  for (const earlier of reflag) {
    const again = withOverlap(earlier.flags);
    if (!(await arepo.reflagIfOpen(trx, earlier.id, JSON.stringify(again), now))) continue;
    await recordAudit(trx, ctx, {
      action: 'attendance.flag_overlap', entityType: 'shift_attendance', entityId: earlier.id, organisationId: shift.organisation_id,
      before: { status: earlier.status, flags: earlier.flags }, after: { status: 'flagged', flags: again, overlapsWith: next.id },
    });
  }
  return presentAttendance(next);
}

/** The volunteer's confirmed sign-up for the shift, or 409 (waitlisted and cancelled places cannot attend). */
async function confirmedSignup(trx: DbOrTrx, shiftId: string, userId: string) {
  const signup = await vrepo.findSignup(trx, shiftId, userId);
  if (!signup || signup.status !== 'confirmed') throw new ConflictError('attendance.not_confirmed', 'Only volunteers confirmed for this shift can do this.');
  return signup;
}

/**
 * The shift's roster for its organisation: everyone confirmed or waiting, with the private profile
 * fields an organiser needs on the day (emergency contact). Nowhere else shows them.
 */
export async function roster(db: Db, ctx: RequestContext, shiftId: string) {
  const shift = await loadShift(db, shiftId);
  assertMember(ctx, shift.organisation_id);
  const rows = await arepo.rosterOf(db, shiftId);
  return {
    shift: { id: shift.id, opportunityId: shift.opportunity_id, titleAr: shift.title_ar, titleEn: shift.title_en, startsAt: shift.starts_at, endsAt: shift.ends_at, capacity: shift.capacity, status: shift.status },
    items: rows.map((r) => ({
      signupId: r.signup_id, status: r.signup_status, signedUpAt: r.signed_up_at,
      volunteer: { userId: r.user_id, displayName: r.display_name, email: r.email, skills: JSON.parse(r.skills ?? '[]') as string[], languages: JSON.parse(r.languages ?? '[]') as string[], emergencyContact: r.emergency_contact },
      attendance: r.id ? presentAttendance({ ...r, id: r.id, status: r.status! }) : null,
    })),
  };
}

/** The code shown on site and its QR code (of the check-in page), created on first request. */
export async function checkCode(db: Db, config: Config, ctx: RequestContext, shiftId: string) {
  const shift = await loadShift(db, shiftId);
  assertManager(ctx, shift.organisation_id);
  const code = shift.check_code ?? await withTransaction(db, async (trx) => {
    const stored = await arepo.storeCheckCode(trx, shiftId, newCheckCode(), nowIso());
    await recordAudit(trx, ctx, { action: 'shift.check_code_created', entityType: 'shift', entityId: shiftId, organisationId: shift.organisation_id });
    return stored;
  });
  const url = `${config.publicUrl}/check-in/${shiftId}?code=${encodeURIComponent(code)}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { code, ...checkWindow(shift), url, qrSvg };
}

/** The organiser checks someone on the roster in or out, or sets both times (a correction). */
export async function markAttendance(db: Db, ctx: RequestContext, shiftId: string, input: MarkInput) {
  const shift = await loadShift(db, shiftId);
  assertManager(ctx, shift.organisation_id);
  assertNotCancelled(shift);
  const by = ctx.actor!.userId;
  const at = pastTime(input.at ?? nowIso(), 'at');
  const setIn = input.checkedInAt ? pastTime(input.checkedInAt, 'checkedInAt') : null;
  const setOut = input.checkedOutAt ? pastTime(input.checkedOutAt, 'checkedOutAt') : null;
  return withTransaction(db, async (trx) => {
    const signup = await vrepo.findSignup(trx, shiftId, input.userId);
    if (!signup || signup.status === 'cancelled') throw new ConflictError('attendance.not_on_roster', 'This person is not signed up for this shift.');
    return saveAttendance(trx, ctx, shift, signup, `attendance.${input.action}`, (current) => {
      if (input.action === 'check_in') return { checked_in_at: at, check_in_source: 'roster', recorded_by: by };
      if (input.action === 'set') return { checked_in_at: setIn, checked_out_at: setOut, check_in_source: 'roster', recorded_by: by };
      if (!current?.checked_in_at) throw new ConflictError('attendance.not_checked_in', 'Check this person in first.');
      return { checked_out_at: at, recorded_by: by };
    });
  });
}

/** Removes spaces and ignores case: codes are read off a sign and typed on a phone. */
const normaliseCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/**
 * The volunteer checks in or out with the code shown on site. Only confirmed volunteers, only
 * from 30 minutes before the shift to 30 minutes after it (409 outside, 400 for a wrong code).
 * Checking in again keeps the first time; checking out again keeps the latest.
 */
export async function checkIn(db: Db, ctx: RequestContext, shiftId: string, input: { code: string; action: 'in' | 'out' }) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  const shift = await loadShift(db, shiftId);
  return withTransaction(db, async (trx) => {
    const signup = await confirmedSignup(trx, shiftId, actor.userId);
    assertNotCancelled(shift);
    const window = checkWindow(shift);
    const now = nowIso();
    if (now < window.validFrom || now > window.validUntil) throw new ConflictError('shift.code_outside_window', 'The code works from 30 minutes before the shift until 30 minutes after it.', window);
    if (!shift.check_code || normaliseCode(input.code) !== normaliseCode(shift.check_code)) {
      throw new ValidationError('That code is not right.', { fields: [{ path: 'code', code: 'shift.code_invalid', message: 'Wrong code.' }] }, 'shift.code_invalid');
    }
    return saveAttendance(trx, ctx, shift, signup, `attendance.code_${input.action}`, (current) => {
      if (input.action === 'in') return current?.checked_in_at ? {} : { checked_in_at: now, check_in_source: 'code', recorded_by: actor.userId };
      if (!current?.checked_in_at) throw new ConflictError('attendance.not_checked_in', 'Check in first.');
      return { checked_out_at: now };
    });
  });
}

/**
 * The volunteer reports their hours after the shift. Stored apart from the organiser's record;
 * an implausible claim is kept and flagged for the organiser, not refused. Reporting again
 * replaces the claim until it is decided.
 */
export async function reportHours(db: Db, ctx: RequestContext, shiftId: string, input: { startedAt: string; endedAt: string; note?: string | null }) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  const shift = await loadShift(db, shiftId);
  return withTransaction(db, async (trx) => {
    const signup = await confirmedSignup(trx, shiftId, actor.userId);
    assertNotCancelled(shift);
    if (Date.now() < Date.parse(shift.ends_at)) throw new ConflictError('attendance.shift_not_over', 'Report your hours once the shift is over.', { endsAt: shift.ends_at });
    const start = pastTime(input.startedAt, 'startedAt');
    const end = pastTime(input.endedAt, 'endedAt');
    return saveAttendance(trx, ctx, shift, signup, 'attendance.claim', () => ({ claimed_start_at: start, claimed_end_at: end, claimed_note: input.note || null, claimed_at: nowIso() }));
  });
}
