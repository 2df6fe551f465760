import { intlTag } from './locale.ts';

/**
 * Formats integer minor units (fils for AED) as money, exactly: the amount is handed to
 * `Intl.NumberFormat` as a decimal string so large values never pass through a float.
 * @param fils integer minor units, e.g. 12345 → AED 123.45
 * @param currency ISO 4217 code, e.g. "AED"
 * @param locale UI locale ("ar", "en") or any BCP 47 tag
 */
export function formatMoney(fils: number | bigint, currency: string, locale: string, opts: { whole?: boolean } = {}): string {
  if (opts.whole) {
    // Headline figures: whole units, rounded half up (exact sums stay on the detailed pages).
    const units = (BigInt(fils) + 50n) / 100n;
    return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(units.toString() as unknown as number);
  }
  const format = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const minor = BigInt(fils);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? `.${abs.slice(abs.length - digits)}` : '';
  // ES2023 Intl accepts decimal strings; the cast satisfies older lib typings.
  return format.format(`${negative ? '-' : ''}${whole}${fraction}` as unknown as number);
}

/** Formats a number for the locale (grouping, locale digits). */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}

/** A date as shown to people: the Gregorian line and, when asked for, the Umm al-Qura Hijri line. */
export interface FormattedDate {
  gregorian: string;
  hijri?: string;
}

/** Options for {@link formatDate}. */
export interface FormatDateOptions {
  /** Add the Umm al-Qura Hijri date. */
  hijri?: boolean;
  /** Include the time of day. */
  time?: boolean;
}

/**
 * Formats an ISO timestamp in the locale, with an optional Umm al-Qura Hijri line
 * (`ar-SA-u-ca-islamic-umalqura` / `en-u-ca-islamic-umalqura`).
 * @param iso ISO-8601 timestamp or date
 * @param locale UI locale
 */
export function formatDate(iso: string, locale: string, options: FormatDateOptions = {}): FormattedDate {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { gregorian: iso };
  const style: Intl.DateTimeFormatOptions = options.time
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { dateStyle: 'long' };
  const gregorian = new Intl.DateTimeFormat(intlTag(locale), style).format(date);
  if (!options.hijri) return { gregorian };
  const hijriTag = locale.startsWith('ar') ? 'ar-SA-u-ca-islamic-umalqura' : `${locale.split('-')[0]}-u-ca-islamic-umalqura`;
  const hijri = new Intl.DateTimeFormat(hijriTag, { dateStyle: 'long' }).format(date);
  return { gregorian, hijri };
}

/** Joins words as a list in the locale ("read and write", "قراءة وكتابة"). */
export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' }).format(items);
}
