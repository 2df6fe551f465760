import type { ShiftAttendanceRow } from '../../platform/db/schema.ts';
import type { AttendanceFlag, AttendanceTimes } from './flags.ts';

type AttendanceFields = Pick<ShiftAttendanceRow, 'id' | 'status' | 'checked_in_at' | 'checked_out_at' | 'check_in_source' | 'claimed_start_at' | 'claimed_end_at' | 'claimed_note' | 'verified_minutes' | 'decided_at' | 'decision_reason' | 'contribution_id'> & { flags: string | null };

/**
 * One attendance record as the volunteer and their organisation see it: the organiser's times
 * and the volunteer's claim side by side, never merged.
 */
export function presentAttendance(a: AttendanceFields) {
  return {
    id: a.id, status: a.status,
    checkedInAt: a.checked_in_at, checkedOutAt: a.checked_out_at, checkInSource: a.check_in_source,
    claimedStartAt: a.claimed_start_at, claimedEndAt: a.claimed_end_at, claimedNote: a.claimed_note,
    flags: JSON.parse(a.flags ?? '[]') as AttendanceFlag[],
    verifiedMinutes: a.verified_minutes, decidedAt: a.decided_at, decisionReason: a.decision_reason, contributionId: a.contribution_id,
  };
}
export type AttendanceView = ReturnType<typeof presentAttendance>;

/** The four times of a stored record, as the plausibility checks read them. */
export function timesOf(a: Pick<ShiftAttendanceRow, 'checked_in_at' | 'checked_out_at' | 'claimed_start_at' | 'claimed_end_at'>): AttendanceTimes {
  return { checkedInAt: a.checked_in_at, checkedOutAt: a.checked_out_at, claimedStartAt: a.claimed_start_at, claimedEndAt: a.claimed_end_at };
}
