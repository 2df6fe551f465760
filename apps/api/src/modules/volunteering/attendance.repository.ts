import type { DbOrTrx } from '../../platform/db/database.ts';
import { dialectOf } from '../../platform/db/database.ts';
import type { ShiftAttendanceRow } from '../../platform/db/schema.ts';
import type { OtherAttendance } from './flags.ts';

/** Statuses still awaiting an organiser's decision. */
export const OPEN_STATUSES = ['present', 'claimed', 'flagged'] as const;

/** A shift with what attendance needs from its opportunity (organisation, need, titles). */
export function findShiftContext(db: DbOrTrx, shiftId: string) {
  return db.selectFrom('shifts').innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .select(['shifts.id', 'shifts.starts_at', 'shifts.ends_at', 'shifts.capacity', 'shifts.status', 'shifts.check_code', 'shifts.opportunity_id',
      'opportunities.organisation_id', 'opportunities.need_id', 'opportunities.title_ar', 'opportunities.title_en'])
    .where('shifts.id', '=', shiftId).executeTakeFirst();
}
export type ShiftContext = NonNullable<Awaited<ReturnType<typeof findShiftContext>>>;

/** Stores the shift's check-in code unless one was stored meanwhile; answers the code in force. */
export async function storeCheckCode(db: DbOrTrx, shiftId: string, code: string, now: string): Promise<string> {
  await db.updateTable('shifts').set({ check_code: code, updated_at: now }).where('id', '=', shiftId).where('check_code', 'is', null).execute();
  const r = await db.selectFrom('shifts').select('check_code').where('id', '=', shiftId).executeTakeFirstOrThrow();
  return r.check_code!;
}

/**
 * The shift's times, read inside a decision's ledger transaction with a share lock (PostgreSQL):
 * a move of the shift (which holds it FOR UPDATE) is either over, and seen here, or waits until
 * the decision has committed (and then finds the verified hours and refuses).
 */
export function shiftTimesForDecision(db: DbOrTrx, shiftId: string) {
  const q = db.selectFrom('shifts').select(['starts_at', 'ends_at']).where('id', '=', shiftId);
  return (dialectOf(db) === 'postgres' ? q.forShare() : q).executeTakeFirst();
}

/** Every attendance record of a shift (any status), with what rechecking its flags needs. */
export function attendanceOfShift(db: DbOrTrx, shiftId: string) {
  return db.selectFrom('shift_attendance')
    .select(['id', 'user_id', 'status', 'flags', 'checked_in_at', 'checked_out_at', 'claimed_start_at', 'claimed_end_at'])
    .where('shift_id', '=', shiftId).orderBy('id').execute();
}

/**
 * Sets the flags and status of a record still awaiting a decision; answers whether it did (a
 * record decided meanwhile is left as it is).
 */
export async function setFlagsIfOpen(db: DbOrTrx, id: string, flags: string, status: string, now: string): Promise<boolean> {
  const r = await db.updateTable('shift_attendance').set({ flags, status, updated_at: now })
    .where('id', '=', id).where('status', 'in', [...OPEN_STATUSES]).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function findAttendanceBySignup(db: DbOrTrx, signupId: string) {
  return db.selectFrom('shift_attendance').selectAll().where('signup_id', '=', signupId).executeTakeFirst();
}

/** One record with its shift and opportunity; locked for the transaction on PostgreSQL. */
export function findAttendanceDetail(db: DbOrTrx, id: string, lock = false) {
  const q = db.selectFrom('shift_attendance')
    .innerJoin('shifts', 'shifts.id', 'shift_attendance.shift_id')
    .innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .selectAll('shift_attendance')
    .select(['shifts.starts_at', 'shifts.ends_at', 'opportunities.need_id', 'opportunities.id as opportunity_id'])
    .where('shift_attendance.id', '=', id);
  return (lock && dialectOf(db) === 'postgres' ? q.forUpdate('shift_attendance') : q).executeTakeFirst();
}
export type AttendanceDetail = NonNullable<Awaited<ReturnType<typeof findAttendanceDetail>>>;

export async function insertAttendance(db: DbOrTrx, row: ShiftAttendanceRow): Promise<void> {
  await db.insertInto('shift_attendance').values(row).execute();
}

export async function updateAttendance(db: DbOrTrx, id: string, patch: Partial<ShiftAttendanceRow>): Promise<void> {
  await db.updateTable('shift_attendance').set(patch).where('id', '=', id).execute();
}

/**
 * Records a decision only if the record is still open (or in one of `statuses`); answers whether
 * it did. Two organisers deciding at once: the second finds it decided and changes nothing.
 */
export async function decideIfOpen(db: DbOrTrx, id: string, patch: Partial<ShiftAttendanceRow>, statuses: readonly string[] = OPEN_STATUSES): Promise<boolean> {
  const r = await db.updateTable('shift_attendance').set(patch).where('id', '=', id).where('status', 'in', [...statuses]).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The person's other records (not rejected) with any time in [from, to]: input for the flags,
 * with what re-flagging an earlier record needs (its id, status and flags).
 */
export async function otherTimesOf(db: DbOrTrx, userId: string, exceptId: string, from: string, to: string): Promise<OtherAttendance[]> {
  const rows = await db.selectFrom('shift_attendance')
    .select(['id', 'status', 'flags', 'checked_in_at', 'checked_out_at', 'claimed_start_at', 'claimed_end_at'])
    .where('user_id', '=', userId).where('id', '!=', exceptId).where('status', '!=', 'rejected')
    .where((eb) => eb.or((['checked_in_at', 'checked_out_at', 'claimed_start_at', 'claimed_end_at'] as const).map((c) => eb.and([eb(c, '>=', from), eb(c, '<=', to)]))))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id, status: r.status, flags: JSON.parse(r.flags ?? '[]') as OtherAttendance['flags'],
    checkedInAt: r.checked_in_at, checkedOutAt: r.checked_out_at, claimedStartAt: r.claimed_start_at, claimedEndAt: r.claimed_end_at,
  }));
}

/**
 * Flags a record still awaiting a decision (with the flags given); answers whether it did. A
 * record decided meanwhile (verified or rejected) is left as it is.
 */
export async function reflagIfOpen(db: DbOrTrx, id: string, flags: string, now: string): Promise<boolean> {
  const r = await db.updateTable('shift_attendance').set({ flags, status: 'flagged', updated_at: now })
    .where('id', '=', id).where('status', 'in', [...OPEN_STATUSES]).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Everyone on a shift's roster (confirmed and waiting) with profile and attendance. */
export function rosterOf(db: DbOrTrx, shiftId: string) {
  return db.selectFrom('shift_signups')
    .innerJoin('users', 'users.id', 'shift_signups.user_id')
    .leftJoin('volunteer_profiles', 'volunteer_profiles.user_id', 'shift_signups.user_id')
    .leftJoin('shift_attendance', 'shift_attendance.signup_id', 'shift_signups.id')
    .select([
      'shift_signups.id as signup_id', 'shift_signups.status as signup_status', 'shift_signups.created_at as signed_up_at', 'users.id as user_id', 'users.display_name', 'users.email',
      'volunteer_profiles.skills', 'volunteer_profiles.languages', 'volunteer_profiles.emergency_contact',
      'shift_attendance.id', 'shift_attendance.status', 'shift_attendance.checked_in_at', 'shift_attendance.checked_out_at', 'shift_attendance.check_in_source',
      'shift_attendance.claimed_start_at', 'shift_attendance.claimed_end_at', 'shift_attendance.claimed_note', 'shift_attendance.flags', 'shift_attendance.verified_minutes',
      'shift_attendance.decided_at', 'shift_attendance.decision_reason', 'shift_attendance.contribution_id',
    ])
    .where('shift_signups.shift_id', '=', shiftId).where('shift_signups.status', 'in', ['confirmed', 'waitlisted'])
    .orderBy('shift_signups.status').orderBy('shift_signups.created_at').orderBy('shift_signups.id')
    .execute();
}

/** An organisation's attendance records, newest shift first, with who, when and what. */
export async function listOrgAttendance(db: DbOrTrx, orgId: string, statuses: readonly string[] | null, limit: number, offset: number) {
  let q = db.selectFrom('shift_attendance')
    .innerJoin('users', 'users.id', 'shift_attendance.user_id')
    .innerJoin('shifts', 'shifts.id', 'shift_attendance.shift_id')
    .innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .where('shift_attendance.organisation_id', '=', orgId);
  if (statuses) q = q.where('shift_attendance.status', 'in', [...statuses]);
  const [rows, count] = await Promise.all([
    q.selectAll('shift_attendance')
      .select(['users.display_name', 'shifts.starts_at', 'shifts.ends_at', 'opportunities.id as opportunity_id', 'opportunities.title_ar', 'opportunities.title_en'])
      .orderBy('shifts.starts_at', 'desc').orderBy('shift_attendance.created_at').orderBy('shift_attendance.id')
      .limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
