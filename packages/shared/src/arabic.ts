/**
 * Normalises text for search and comparison, the same way on indexing and on querying:
 * NFKC; Arabic diacritics (harakat, Quranic marks, superscript alef) and tatweel removed; hamza
 * forms of alef (أ إ آ ٱ) → ا; alef maqsura ى → ي; taa marbuta ة → ه; Latin lower-cased and
 * accents removed; punctuation becomes space. Never used to change stored text.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the text's first strong character is Arabic script. */
export function isArabic(text: string): boolean {
  const m = /[\p{L}]/u.exec(text);
  return !!m && /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(m[0]);
}
