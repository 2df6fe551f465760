// Shift times are typed and shown in UAE (Gulf Standard Time, UTC+4, no daylight saving) whatever
// the browser's own zone is, so an organiser abroad still schedules "09:00 in Dubai".
import { intlTag } from '../../lib/locale.ts';

export const GULF_ZONE = 'Asia/Dubai';
const GULF_OFFSET_MS = 4 * 3_600_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a `YYYY-MM-DD` that is a real calendar day. */
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** True for a 24-hour `HH:MM`. */
export const isTime = (value: string) => TIME.test(value);

/** The instant of a Gulf wall-clock date and time, as ISO-8601 UTC; null when either is invalid. */
export function gulfToIso(date: string, time: string): string | null {
  if (!isDate(date) || !isTime(time)) return null;
  return new Date(`${date}T${time}:00+04:00`).toISOString();
}

/** The Gulf wall-clock date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant, for form fields. */
export function isoToGulf(iso: string): { date: string; time: string } {
  const shifted = new Date(Date.parse(iso) + GULF_OFFSET_MS).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** Today's date in the UAE. */
export const gulfToday = (now = Date.now()) => isoToGulf(new Date(now).toISOString()).date;

/** Most dates a weekly series may produce (the API stops at a year's worth too). */
export const MAX_SERIES = 366;

/**
 * The dates from `from` to `until` (inclusive) on the given weekdays (0 = Sunday), as the API
 * generates them; used to preview how many shifts a weekly series makes before sending it.
 */
export function weeklyDates(from: string, until: string, weekdays: number[]): string[] {
  if (!isDate(from) || !isDate(until) || weekdays.length === 0) return [];
  const out: string[] = [];
  const end = new Date(`${until}T00:00:00Z`);
  for (let d = new Date(`${from}T00:00:00Z`); d <= end && out.length < MAX_SERIES; d.setUTCDate(d.getUTCDate() + 1)) {
    if (weekdays.includes(d.getUTCDay())) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Whole minutes as hours and the minutes left over (95 → 1 h 35 min). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(total));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/** Hours and minutes as whole minutes; null unless both are whole and not negative and minutes < 60. */
export function joinMinutes(hours: number, minutes: number): number | null {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || hours < 0 || minutes < 0 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Whole minutes from `start` to `end` (rounded), or null when either is missing or the end is first. */
export function minutesBetween(start: string | null | undefined, end: string | null | undefined): number | null {
  if (!start || !end) return null;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 60_000) : null;
}

/** Western, Arabic-Indic and Persian digits typed in a number field → a whole number ≥ 0, or null. */
export function parseWholeNumber(input: string): number | null {
  const ascii = input.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  return /^\d{1,9}$/.test(ascii) ? Number(ascii) : null;
}

/** A signed decimal typed in a field (a latitude), with Arabic digits and separator allowed; null when not a number. */
export function parseDecimal(input: string): number | null {
  const ascii = input
    .trim()
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/\u066b/g, '.')
    .replace(/^\u2212/, '-');
  return /^-?\d{1,3}(\.\d{1,8})?$/.test(ascii) ? Number(ascii) : null;
}

/** "3 hours and 20 minutes" / "3 ساعات و20 دقيقة", with each language's own plural forms (Intl units). */
export function durationText(total: number, locale: string): string {
  const { hours, minutes } = splitMinutes(total);
  const tag = intlTag(locale);
  const unit = (value: number, u: 'hour' | 'minute') => new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  if (hours === 0) return unit(minutes, 'minute');
  if (minutes === 0) return unit(hours, 'hour');
  return new Intl.ListFormat(tag, { type: 'unit', style: 'long' }).format([unit(hours, 'hour'), unit(minutes, 'minute')]);
}

/** An instant as a date and time in the UAE ("Sat, 5 Dec 2026, 09:00"). */
export function gulfDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { timeZone: GULF_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** A shift's span in the UAE, the date once when it starts and ends the same day ("Sat, 5 Dec 2026, 09:00–13:00"). */
export function gulfRange(startIso: string, endIso: string, locale: string): string {
  const format = new Intl.DateTimeFormat(intlTag(locale), { timeZone: GULF_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return format.formatRange(new Date(startIso), new Date(endIso));
}

/** Only the time of day in the UAE ("09:05"). */
export function gulfTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { timeZone: GULF_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** Weekday names in the locale, for 0 = Sunday … 6 = Saturday. */
export function weekdayName(weekday: number, locale: string): string {
  // 1 January 2023 was a Sunday.
  return new Intl.DateTimeFormat(intlTag(locale), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + weekday)));
}

/** Weekdays in the order of the UAE working week (Monday first; the weekend is Saturday and Sunday). */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

const CHECK_SLACK_MS = 30 * 60_000;

/**
 * True from half an hour before a shift to half an hour after it — when the on-site code works,
 * and when "check in now" on the roster means the right time. Outside it, times are recorded.
 */
export function inCheckWindow(shift: { startsAt: string; endsAt: string }, now = Date.now()): boolean {
  return now >= Date.parse(shift.startsAt) - CHECK_SLACK_MS && now <= Date.parse(shift.endsAt) + CHECK_SLACK_MS;
}
