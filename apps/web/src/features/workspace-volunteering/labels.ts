import { intlTag } from '../../lib/locale.ts';
import { pickLocalized, type LocalizedText } from '../../lib/localized.ts';
import { isRTL } from '../../lib/rtl.ts';
import type { Skill } from './api.ts';

const NONE: LocalizedText = { text: '—', lang: 'ar', fallback: false };

/** A bilingual title (opportunity, topic) in the UI language, falling back to the other one. */
export function titleOf(x: { titleAr?: string | null; titleEn?: string | null } | null | undefined, locale: string): LocalizedText {
  return pickLocalized(x?.titleAr, x?.titleEn, locale) ?? NONE;
}

/** A bilingual topic in the UI language. */
export function topicOf(x: { topicAr: string | null; topicEn: string | null }, locale: string): LocalizedText {
  return pickLocalized(x.topicAr, x.topicEn, locale) ?? NONE;
}

/** A language's name in the UI language ("ur" → "الأردية" / "Urdu"), from Intl so every ISO code has one. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([intlTag(locale)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages offered first in the opportunity form: the UAE's most spoken (any ISO 639-1 code is accepted). */
export const COMMON_LANGUAGES = ['ar', 'en', 'hi', 'ur', 'ml', 'ta', 'bn', 'tl', 'fa', 'fr', 'ru', 'zh'];

/**
 * A skill's name: the skills list's name in the UI language when the stored value is one of its
 * codes or names; otherwise the free text as typed (with its own language).
 */
export function skillLabel(value: string, skills: readonly Skill[] | undefined, locale: string): LocalizedText {
  const known = skills?.find((s) => s.code === value || s.nameEn === value || s.nameAr === value);
  if (known) return pickLocalized(known.nameAr, known.nameEn, locale) ?? NONE;
  return { text: value, lang: isRTL(value) ? 'ar' : 'en', fallback: false };
}

/** What to store for a skill chosen or typed in the form: the list's code when it is a listed name, else the text. */
export function skillValue(typed: string, skills: readonly Skill[] | undefined): string {
  const text = typed.trim();
  return skills?.find((s) => s.nameAr === text || s.nameEn === text || s.code === text)?.code ?? text;
}
