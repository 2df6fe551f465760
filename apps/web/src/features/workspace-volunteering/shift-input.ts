// Shift forms → request bodies. Dates and times are typed in UAE time; the API stores instants.
import { ApiError } from '../../lib/api.ts';
import type { ShiftPatch, ShiftsInput } from './api.ts';
import type { Built } from './checked-submit.ts';
import { gulfToIso, isDate, isTime, isoToGulf, MAX_SERIES, parseWholeNumber, weeklyDates } from './time.ts';

export const MAX_CAPACITY = 10_000;

/** One shift as typed: a day, a start and an end time (UAE), and how many volunteers. */
export interface SingleShiftValues {
  date: string;
  startTime: string;
  endTime: string;
  capacity: string;
}

/** A weekly series as typed. */
export interface WeeklyShiftValues {
  weekdays: number[];
  from: string;
  until: string;
  startTime: string;
  endTime: string;
  capacity: string;
}

function capacityOf(input: string, codes: Record<string, string>): number {
  const n = parseWholeNumber(input);
  if (!input.trim()) codes.capacity = 'validation.required';
  else if (n === null || n < 1) codes.capacity = 'validation.not_positive';
  else if (n > MAX_CAPACITY) codes.capacity = 'validation.too_big';
  return n ?? 0;
}

function timesOf(v: { startTime: string; endTime: string }, codes: Record<string, string>) {
  if (!isTime(v.startTime)) codes.startTime = v.startTime ? 'validation.invalid_format' : 'validation.required';
  if (!isTime(v.endTime)) codes.endTime = v.endTime ? 'validation.invalid_format' : 'validation.required';
  // Shifts end the day they start; an overnight shift is two shifts.
  else if (isTime(v.startTime) && v.endTime <= v.startTime) codes.endTime = 'validation.end_before_start';
}

/** `{startsAt, endsAt, capacity}` for one shift. */
export function buildSingleShift(v: SingleShiftValues): Built<ShiftsInput> {
  const codes: Record<string, string> = {};
  if (!isDate(v.date)) codes.date = v.date ? 'validation.invalid_date' : 'validation.required';
  timesOf(v, codes);
  const capacity = capacityOf(v.capacity, codes);
  if (Object.keys(codes).length) return { codes };
  return { body: { startsAt: gulfToIso(v.date, v.startTime)!, endsAt: gulfToIso(v.date, v.endTime)!, capacity } };
}

/** How many shifts a weekly series makes (for the preview under the form). */
export const seriesCount = (v: Pick<WeeklyShiftValues, 'from' | 'until' | 'weekdays'>) => weeklyDates(v.from, v.until, v.weekdays).length;

/** `{weekly:{…}, capacity}` for a series; refuses a series with no date in it. */
export function buildWeeklyShifts(v: WeeklyShiftValues): Built<ShiftsInput> {
  const codes: Record<string, string> = {};
  if (v.weekdays.length === 0) codes.weekdays = 'validation.none_chosen';
  if (!isDate(v.from)) codes.from = v.from ? 'validation.invalid_date' : 'validation.required';
  if (!isDate(v.until)) codes.until = v.until ? 'validation.invalid_date' : 'validation.required';
  else if (isDate(v.from) && v.until < v.from) codes.until = 'validation.end_before_start';
  timesOf(v, codes);
  const capacity = capacityOf(v.capacity, codes);
  if (!codes.weekdays && !codes.from && !codes.until) {
    const n = seriesCount(v);
    if (n === 0) codes.weekdays = 'validation.invalid_value';
    // The API stops at a year of shifts; say so rather than silently make fewer.
    if (n >= MAX_SERIES) codes.until = 'validation.too_big';
  }
  if (Object.keys(codes).length) return { codes };
  const weekdays = [...new Set(v.weekdays)].sort((a, b) => a - b);
  return { body: { weekly: { weekdays, from: v.from, until: v.until, startTime: v.startTime, endTime: v.endTime }, capacity } };
}

/** The edit form's starting values for a shift. */
export function shiftToValues(s: { startsAt: string; endsAt: string; capacity: number }): SingleShiftValues {
  const start = isoToGulf(s.startsAt);
  return { date: start.date, startTime: start.time, endTime: isoToGulf(s.endsAt).time, capacity: String(s.capacity) };
}

/** Only what changed in an edited shift (the API notifies volunteers of any change), or the field codes. */
export function buildShiftPatch(original: { startsAt: string; endsAt: string; capacity: number }, v: SingleShiftValues): Built<ShiftPatch> {
  const built = buildSingleShift(v);
  if ('codes' in built) return built;
  const next = built.body as { startsAt: string; endsAt: string; capacity: number };
  const patch: ShiftPatch = {};
  if (Date.parse(next.startsAt) !== Date.parse(original.startsAt)) patch.startsAt = next.startsAt;
  if (Date.parse(next.endsAt) !== Date.parse(original.endsAt)) patch.endsAt = next.endsAt;
  if (next.capacity !== original.capacity) patch.capacity = next.capacity;
  return { body: patch };
}

/** API field names → the shift forms' fields (`weekly.until` → `until`, `startsAt` → `date`). */
const SERVER_FIELDS: Record<string, string> = { startsAt: 'date', endsAt: 'endTime', weekly: 'weekdays' };

/** Field problems of a 400 answer, keyed by the shift form's field names. */
export function shiftFieldCodes(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of err.fields) {
    const [first = '', second] = f.path.split('.');
    const name = first === 'weekly' && second ? second : (SERVER_FIELDS[first] ?? first);
    if (name && !out[name]) out[name] = f.code;
  }
  return out;
}
