// Shift times are stored in UTC and always shown in Gulf Standard Time (Asia/Dubai), whatever
// the device's own time zone: a volunteer planning from abroad must see the time on site.
// The UAE has no daylight saving, so Dubai is always UTC+04:00.
import { intlTag } from '../../lib/locale.ts';

/** The time zone every shift is shown in. */
export const DUBAI_TZ = 'Asia/Dubai';
/** Dubai's fixed offset from UTC, as written in ISO-8601. */
export const DUBAI_OFFSET = '+04:00';
/** The check-in code works from 30 minutes before a shift until 30 minutes after it (the API's rule). */
export const CHECK_IN_MARGIN_MS = 30 * 60_000;

/** The Dubai calendar day of an instant, as YYYY-MM-DD (for date inputs and grouping). */
export function dubaiDate(iso: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: DUBAI_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** The Dubai wall-clock time of an instant, as HH:MM (24-hour, for time inputs). */
export function dubaiTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: DUBAI_TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/**
 * A Dubai date and wall-clock time as a UTC ISO instant, or null when either is not valid.
 * @param date YYYY-MM-DD
 * @param time HH:MM (24-hour)
 */
export function fromDubai(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const d = new Date(`${date}T${time}:00${DUBAI_OFFSET}`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** A shift's day and hours, written for people in the UI language, in Dubai time. */
export interface ShiftWhen {
  /** "Saturday, 14 December 2026" */
  date: string;
  /** The Umm al-Qura date of the same Dubai day. */
  hijri: string;
  /** "4:00 – 7:00 PM", or both dates when the shift runs past midnight. */
  time: string;
}

/**
 * Formats a shift's start and end in the locale, in Dubai time (Gregorian day, Hijri day, hours).
 * @param startsAt ISO instant
 * @param endsAt ISO instant
 * @param locale UI locale
 */
export function formatShiftWhen(startsAt: string, endsAt: string, locale: string): ShiftWhen {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const tag = intlTag(locale);
  const date = new Intl.DateTimeFormat(tag, { timeZone: DUBAI_TZ, dateStyle: 'full' }).format(start);
  const hijriTag = locale.startsWith('ar') ? 'ar-SA-u-ca-islamic-umalqura' : `${locale.split('-')[0]}-u-ca-islamic-umalqura`;
  const hijri = new Intl.DateTimeFormat(hijriTag, { timeZone: DUBAI_TZ, dateStyle: 'long' }).format(start);
  const sameDay = dubaiDate(startsAt) === dubaiDate(endsAt);
  const timeFormat = new Intl.DateTimeFormat(tag, sameDay ? { timeZone: DUBAI_TZ, timeStyle: 'short' } : { timeZone: DUBAI_TZ, dateStyle: 'medium', timeStyle: 'short' });
  return { date, hijri, time: timeFormat.formatRange(start, end) };
}

/** An instant with its date and time in Dubai ("14 Dec 2026, 4:05 PM"). */
export function formatDubaiDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { timeZone: DUBAI_TZ, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Where `now` stands against a shift's check-in window. */
export type CheckInWindow = 'early' | 'open' | 'closed';

/** Whether the on-site code can be used now: from 30 minutes before the start to 30 minutes after the end. */
export function checkInWindow(startsAt: string, endsAt: string, now: number = Date.now()): CheckInWindow {
  if (now < Date.parse(startsAt) - CHECK_IN_MARGIN_MS) return 'early';
  if (now > Date.parse(endsAt) + CHECK_IN_MARGIN_MS) return 'closed';
  return 'open';
}

/** The local weekday names, Sunday (0) to Saturday (6), as the API numbers them. */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(intlTag(locale), { weekday: 'long', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2023, 0, 1 + i))));
}

/** Arabic-Indic and Persian digits as ASCII, so "٢" typed on an Arabic keyboard counts. */
function asciiDigits(input: string): string {
  return input.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Hours and minutes as typed in two boxes → whole minutes, or null when they are not whole
 * numbers, minutes are 60 or more, or the total is zero. An empty box counts as 0.
 */
export function parseDuration(hours: string, minutes: string): number | null {
  const h = asciiDigits(hours.trim()) || '0';
  const m = asciiDigits(minutes.trim()) || '0';
  if (!/^\d{1,3}$/.test(h) || !/^\d{1,2}$/.test(m)) return null;
  const total = Number(h) * 60 + Number(m);
  return Number(m) < 60 && total > 0 ? total : null;
}

/** Whole minutes split into hours and the minutes left over. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(total));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/** Minutes between two instants (rounded to whole minutes; negative when `end` is first). */
export function minutesBetween(startIso: string, endIso: string): number {
  return Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000);
}

/**
 * The instants of a self-reported stint on a Dubai day: an end time earlier than the start is
 * taken as the next morning (a shift that ran past midnight). Null when a time is not valid.
 * @param date the Dubai day it started, YYYY-MM-DD
 * @param from HH:MM
 * @param to HH:MM
 */
export function claimedSpan(date: string, from: string, to: string): { startedAt: string; endedAt: string } | null {
  const startedAt = fromDubai(date, from);
  let endedAt = fromDubai(date, to);
  if (!startedAt || !endedAt) return null;
  if (Date.parse(endedAt) <= Date.parse(startedAt)) endedAt = new Date(Date.parse(endedAt) + 86_400_000).toISOString();
  return { startedAt, endedAt };
}

/**
 * A calendar day in the locale ("1 March 2026"). A bare YYYY-MM-DD is that day as written (read
 * in UTC so no time zone can shift it); a full instant is the day it was in Dubai.
 */
export function formatDay(value: string, locale: string): string {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(bare ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: bare ? 'UTC' : DUBAI_TZ }).format(d);
}
