import { LOCALES, type Locale } from '../../../../packages/shared/src/enums.ts';

/** The interface language used when nothing else is known. */
export const DEFAULT_LOCALE: Locale = 'ar';

const STORAGE_KEY = 'ataa.locale';
/** Languages written right to left; kept open so more UI languages (Urdu…) just work. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi']);

/** True when `value` is one of the interface locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale remembered in this browser, or the default (Arabic). */
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, policies); the default is fine then.
  }
  return DEFAULT_LOCALE;
}

/** Remembers the interface locale in this browser. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See readStoredLocale.
  }
}

/** Writing direction of a locale. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

/** Sets `<html lang dir>`; Mantine's DirectionProvider follows the `dir` attribute. */
export function applyDocumentLocale(locale: string): void {
  const root = document.documentElement;
  root.setAttribute('lang', locale);
  root.setAttribute('dir', directionOf(locale));
}

/**
 * BCP 47 tag handed to `Intl` for a UI locale: the UAE region gives AED and local
 * conventions (Latin digits in `ar-AE`, day-month order in `en-AE`).
 */
export function intlTag(locale: string): string {
  if (locale === 'ar') return 'ar-AE';
  if (locale === 'en') return 'en-AE';
  return locale;
}
