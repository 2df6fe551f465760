// Plausibility of attendance and self-reported hours. Implausible records are kept and flagged,
// never refused: the organiser decides with a reason (docs/volunteering.md). An overlap is
// flagged on both sides: the record written and the earlier undecided records it overlaps.
import type { DbOrTrx } from '../../platform/db/database.ts';
import { otherTimesOf } from './attendance.repository.ts';

/** Why a record needs a closer look. */
export const ATTENDANCE_FLAGS = [
  /** Another attendance or claim of the same person overlaps this one. */
  'overlap',
  /** More than 12 hours in one Dubai calendar day across the person's records. */
  'over_12h_day',
  /** A check-out (or claimed end) not after the check-in (or claimed start). */
  'checkout_before_checkin',
  /** A time more than 30 minutes before the shift starts or after it ends. */
  'outside_window',
] as const;
export type AttendanceFlag = (typeof ATTENDANCE_FLAGS)[number];

/** The four times an attendance record can carry (ISO strings or null). */
export interface AttendanceTimes {
  checkedInAt: string | null;
  checkedOutAt: string | null;
  claimedStartAt: string | null;
  claimedEndAt: string | null;
}

/** Another record of the same person, as the flags and re-flagging read it. */
export interface OtherAttendance extends AttendanceTimes {
  id: string;
  status: string;
  flags: AttendanceFlag[];
}

/** Statuses of a record no organiser has decided yet (they can still be flagged). */
const UNDECIDED = ['present', 'claimed', 'flagged'];

/** A span of time in epoch milliseconds, end after start. */
export interface Interval {
  start: number;
  end: number;
}

const MINUTE = 60_000;
/** How far outside the shift a time may be before it is flagged (and check-in codes work). */
export const WINDOW_SLACK_MS = 30 * MINUTE;
const DAY_LIMIT_MINUTES = 12 * 60;
// Gulf Standard Time has no daylight saving: a fixed +04:00 gives the Dubai calendar day.
const GST_MS = 4 * 60 * MINUTE;

const ms = (s: string | null) => (s ? Date.parse(s) : null);
const span = (a: string | null, b: string | null): Interval | null => {
  const [start, end] = [ms(a), ms(b)];
  return start !== null && end !== null && end > start ? { start, end } : null;
};

/** The organiser's span and the claimed span of a record, where complete and forwards. */
export function intervalsOf(t: AttendanceTimes): Interval[] {
  return [span(t.checkedInAt, t.checkedOutAt), span(t.claimedStartAt, t.claimedEndAt)].filter((i): i is Interval => !!i);
}

/** The span that counts: the organiser's when complete, otherwise the volunteer's claim. */
export function effectiveInterval(t: AttendanceTimes): Interval | null {
  return span(t.checkedInAt, t.checkedOutAt) ?? span(t.claimedStartAt, t.claimedEndAt);
}

/** Whole minutes of the span that counts, or null when there is none (then only `adjust` can decide). */
export function minutesOf(t: AttendanceTimes): number | null {
  const i = effectiveInterval(t);
  const m = i ? Math.round((i.end - i.start) / MINUTE) : 0;
  return m > 0 ? m : null;
}

/** The Dubai calendar day (YYYY-MM-DD) of an instant. */
export function dubaiDay(at: number | string): string {
  return new Date((typeof at === 'string' ? Date.parse(at) : at) + GST_MS).toISOString().slice(0, 10);
}

/** Minutes per Dubai calendar day, splitting spans that cross midnight. */
export function minutesByDubaiDay(spans: Interval[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of spans) {
    for (let from = s.start; from < s.end; ) {
      const midnight = Math.floor((from + GST_MS) / 86_400_000 + 1) * 86_400_000 - GST_MS;
      const to = Math.min(s.end, midnight);
      const day = dubaiDay(from);
      out.set(day, (out.get(day) ?? 0) + (to - from) / MINUTE);
      from = to;
    }
  }
  return out;
}

/** Whether any span of one record (the organiser's or the claim) overlaps any span of the other; touching is not overlapping. */
export function overlaps(a: AttendanceTimes, b: AttendanceTimes): boolean {
  const theirs = intervalsOf(b);
  return intervalsOf(a).some((x) => theirs.some((y) => x.start < y.end && y.start < x.end));
}

/**
 * The person's earlier records that a write makes overlapping and that should now carry the
 * `overlap` flag too: undecided ones (present, claimed, flagged) overlapping `record` and not
 * flagged for it yet. Verified records are never touched (rejected ones are not loaded at all).
 */
export function toReflag(record: AttendanceTimes, others: OtherAttendance[]): OtherAttendance[] {
  return others.filter((o) => UNDECIDED.includes(o.status) && !o.flags.includes('overlap') && overlaps(record, o));
}

/** The flags with `overlap` added, in the canonical order. */
export function withOverlap(flags: readonly AttendanceFlag[]): AttendanceFlag[] {
  return ATTENDANCE_FLAGS.filter((f) => f === 'overlap' || flags.includes(f));
}

/** Whether any time of the record is more than 30 minutes before the shift starts or after it ends. */
export function outsideWindow(record: AttendanceTimes, shift: { startsAt: string; endsAt: string }): boolean {
  const [lo, hi] = [Date.parse(shift.startsAt) - WINDOW_SLACK_MS, Date.parse(shift.endsAt) + WINDOW_SLACK_MS];
  const points = [record.checkedInAt, record.checkedOutAt, record.claimedStartAt, record.claimedEndAt].filter((p): p is string => !!p).map(Date.parse);
  return points.some((p) => p < lo || p > hi);
}

/**
 * The flags of a record whose shift moved: `outside_window` recomputed against the new times,
 * every other flag kept as it is (a move changes no attendance time, so nothing else can change).
 */
export function withWindowFlag(flags: readonly AttendanceFlag[], record: AttendanceTimes, shift: { startsAt: string; endsAt: string }): AttendanceFlag[] {
  const outside = outsideWindow(record, shift);
  return ATTENDANCE_FLAGS.filter((f) => (f === 'outside_window' ? outside : flags.includes(f)));
}

/** The status of an undecided record: flagged with any flag, else present once checked in, else claimed. */
export function openStatusOf(flags: readonly AttendanceFlag[], checkedInAt: string | null): 'flagged' | 'present' | 'claimed' {
  return flags.length ? 'flagged' : checkedInAt ? 'present' : 'claimed';
}

/**
 * The flags of one record, given its shift and the person's other records (any shift, not
 * rejected). Pure: the caller loads `others` (see `flagsFor`).
 */
export function plausibilityFlags(record: AttendanceTimes, shift: { startsAt: string; endsAt: string }, others: AttendanceTimes[]): AttendanceFlag[] {
  const flags = new Set<AttendanceFlag>();
  const backwards = (a: string | null, b: string | null) => a !== null && b !== null && Date.parse(b) <= Date.parse(a);
  if (backwards(record.checkedInAt, record.checkedOutAt) || backwards(record.claimedStartAt, record.claimedEndAt)) flags.add('checkout_before_checkin');

  if (outsideWindow(record, shift)) flags.add('outside_window');

  if (others.some((o) => overlaps(record, o))) flags.add('overlap');

  const counted = effectiveInterval(record);
  if (counted) {
    const days = minutesByDubaiDay([counted, ...others.map(effectiveInterval).filter((i): i is Interval => !!i)]);
    const touched = minutesByDubaiDay([counted]);
    if ([...touched.keys()].some((d) => (days.get(d) ?? 0) > DAY_LIMIT_MINUTES)) flags.add('over_12h_day');
  }
  return ATTENDANCE_FLAGS.filter((f) => flags.has(f));
}

/**
 * Loads the person's other records around this one's times and computes its flags, and which
 * earlier records it overlaps that must be flagged too (`toReflag`).
 */
export async function flagsFor(db: DbOrTrx, userId: string, attendanceId: string, record: AttendanceTimes, shift: { startsAt: string; endsAt: string }): Promise<{ flags: AttendanceFlag[]; reflag: OtherAttendance[] }> {
  const points = [record.checkedInAt, record.checkedOutAt, record.claimedStartAt, record.claimedEndAt, shift.startsAt, shift.endsAt].filter((p): p is string => !!p).map(Date.parse);
  // A day either side covers every record that can share a Dubai day or overlap with this one.
  const from = new Date(Math.min(...points) - 86_400_000).toISOString();
  const to = new Date(Math.max(...points) + 86_400_000).toISOString();
  const others = await otherTimesOf(db, userId, attendanceId, from, to);
  return { flags: plausibilityFlags(record, shift, others), reflag: toReflag(record, others) };
}
