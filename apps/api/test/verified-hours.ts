// Factories for verified volunteer hours: an opportunity made through the API, and shifts with
// sign-ups and attendance written straight to the database (any date, any decision), so tests of
// what is built on verified hours do not depend on the attendance flow itself.
import { randomUUID } from 'node:crypto';
import type { SignedInClient, TestApp } from './app.ts';

export const TIME_NEED = { kind: 'time', targetHours: 500, roleEn: 'Volunteer' };

/** An opportunity on the initiative's time need (titles in Arabic and English). */
export async function opportunity(manager: SignedInClient, orgId: string, initiativeId: string, needId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await manager.post(`/api/v1/organisations/${orgId}/opportunities`, { initiativeId, needId, titleAr: 'توزيع وجبات الإفطار', titleEn: 'Iftar meal distribution', emirate: 'dubai', ...extra });
  if (r.status !== 201) throw new Error(`opportunity failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id;
}

export interface AttendedShift {
  shiftId: string;
  signupId: string;
  attendanceId: string;
}

/**
 * A shift of `opportunityId` starting at `startsAt` that `userId` attended; the attendance is
 * `status` (verified by default) with `minutes` verified.
 */
export async function attendedShift(
  t: TestApp,
  o: { opportunityId: string; organisationId: string; userId: string; startsAt: string; minutes: number; status?: string; decidedAt?: string },
): Promise<AttendedShift> {
  const now = new Date().toISOString();
  const shiftId = randomUUID();
  const signupId = randomUUID();
  const attendanceId = randomUUID();
  const start = new Date(o.startsAt);
  const end = new Date(start.getTime() + o.minutes * 60_000).toISOString();
  await t.db.insertInto('shifts').values({ id: shiftId, opportunity_id: o.opportunityId, starts_at: start.toISOString(), ends_at: end, capacity: 10, status: 'scheduled', check_code: null, created_at: now, updated_at: now }).execute();
  await t.db.insertInto('shift_signups').values({ id: signupId, shift_id: shiftId, user_id: o.userId, status: 'confirmed', reminded_at: null, created_at: now, updated_at: now }).execute();
  const status = o.status ?? 'verified';
  await t.db.insertInto('shift_attendance').values({
    id: attendanceId, signup_id: signupId, shift_id: shiftId, user_id: o.userId, organisation_id: o.organisationId,
    checked_in_at: start.toISOString(), checked_out_at: end, check_in_source: 'roster', recorded_by: null,
    claimed_start_at: null, claimed_end_at: null, claimed_note: null, claimed_at: null, flags: '[]', status,
    verified_minutes: status === 'verified' ? o.minutes : null, decided_by: null, decided_at: status === 'verified' ? (o.decidedAt ?? now) : null,
    decision_reason: null, contribution_id: null, created_at: now, updated_at: now,
  }).execute();
  return { shiftId, signupId, attendanceId };
}

/** Marks an attendance verified now with `minutes` (as the organiser's decision would). */
export async function verifyAttendance(t: TestApp, attendanceId: string, minutes: number): Promise<void> {
  const now = new Date().toISOString();
  await t.db.updateTable('shift_attendance').set({ status: 'verified', verified_minutes: minutes, decided_at: now, updated_at: now }).where('id', '=', attendanceId).execute();
}
