/** A bilingual value picked for the UI language. */
export interface LocalizedText {
  text: string;
  /** Language the text is written in. */
  lang: 'ar' | 'en';
  /** True when the UI language had no text and the other language was used. */
  fallback: boolean;
}

/**
 * Picks the Arabic or English version of bilingual content for `locale`, falling back to the
 * other language (with `fallback: true`, so the UI can say so). Null when both are empty.
 */
export function pickLocalized(ar: string | null | undefined, en: string | null | undefined, locale: string): LocalizedText | null {
  const preferArabic = locale !== 'en';
  const first = preferArabic ? { text: ar, lang: 'ar' as const } : { text: en, lang: 'en' as const };
  const second = preferArabic ? { text: en, lang: 'en' as const } : { text: ar, lang: 'ar' as const };
  if (first.text?.trim()) return { text: first.text, lang: first.lang, fallback: false };
  if (second.text?.trim()) return { text: second.text, lang: second.lang, fallback: true };
  return null;
}
