import type { TFunction } from 'i18next';
import { formatNumber } from '../../lib/format.ts';
import { intlTag } from '../../lib/locale.ts';
import { pickLocalized, type LocalizedText } from '../../lib/localized.ts';
import type { AttendanceStatus, Named, Skill } from './api.ts';
import { splitMinutes } from './time.ts';

const NONE: LocalizedText = { text: '—', lang: 'ar', fallback: false };

/** A title (opportunity, need, topic) in the UI language, with fallback to the other language. */
export function titleOf(item: { titleAr: string | null; titleEn: string | null }, locale: string): LocalizedText {
  return pickLocalized(item.titleAr, item.titleEn, locale) ?? NONE;
}

/** An organisation's (or skill's) name in the UI language, with fallback. */
export function nameOf(item: Named, locale: string): LocalizedText {
  return pickLocalized(item.nameAr, item.nameEn, locale) ?? NONE;
}

/** A topic (mentorship, session) in the UI language, with fallback. */
export function topicOf(item: { topicAr: string | null; topicEn: string | null }, locale: string): LocalizedText {
  return pickLocalized(item.topicAr, item.topicEn, locale) ?? NONE;
}

/**
 * A skill as people read it: the list's name in the UI language when `value` is a code or a
 * name from the shared list, else the free text as written (with no known language).
 */
export function skillLabel(value: string, skills: readonly Skill[], locale: string): { text: string; lang?: string } {
  const wanted = value.trim().toLowerCase();
  const known = skills.find((s) => s.code.toLowerCase() === wanted || s.nameEn?.toLowerCase() === wanted || s.nameAr === value.trim());
  if (!known) return { text: value };
  const name = nameOf(known, locale);
  return { text: name.text, lang: name.lang };
}

/** Languages offered in pickers: those most spoken in the UAE first (ISO 639-1). */
export const LANGUAGE_CODES = ['ar', 'en', 'hi', 'ur', 'ml', 'ta', 'te', 'bn', 'tl', 'fa', 'ps', 'ne', 'si', 'fr', 'ru', 'zh', 'es', 'de', 'tr', 'so', 'am', 'sw', 'id'] as const;

/** A language's name in the UI language ("الإنجليزية", "English"), or the code when unknown. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([intlTag(locale)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Badge style of each attendance status. Only combinations that keep text at 4.5:1 or more:
 * yellow and green "light" (darkened in theme.ts), dark outlines, and filled badges whose
 * colour carries white text (WCAG 1.4.3).
 */
export const ATTENDANCE_BADGE: Record<AttendanceStatus, { color: string; variant: 'light' | 'filled' | 'outline' }> = {
  present: { color: 'blue.9', variant: 'outline' },
  claimed: { color: 'yellow', variant: 'light' },
  flagged: { color: 'red.9', variant: 'outline' },
  verified: { color: 'ataa', variant: 'filled' },
  rejected: { color: 'red', variant: 'filled' },
};

/**
 * A duration in words in the UI language: "3 hours", "45 minutes", "2 hours 30 minutes"
 * ("ساعتان و30 دقيقة"), with Arabic's six plural forms.
 * @param minutes whole minutes
 */
export function formatDuration(t: TFunction, minutes: number, locale: string): string {
  const { hours, minutes: rest } = splitMinutes(minutes);
  const h = t('volunteering:duration.hours', { count: hours, formatted: formatNumber(hours, locale) });
  const m = t('volunteering:duration.minutes', { count: rest, formatted: formatNumber(rest, locale) });
  if (hours === 0) return m;
  if (rest === 0) return h;
  return t('volunteering:duration.both', { hours: h, minutes: m });
}

/** An OpenStreetMap link to a point, for "open in a map". */
export function mapUrl(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(5);
  const lon = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** Wraps user text in first-strong isolates, so a name keeps its direction inside a sentence. */
export const isolate = (text: string) => `\u2068${text}\u2069`;
