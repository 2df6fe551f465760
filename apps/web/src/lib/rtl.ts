/** First strong right-to-left character (Hebrew, Arabic, Syriac, Thaana, N'Ko, Arabic presentation forms). */
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** First strong left-to-right letter. */
const LTR_CHAR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/**
 * True when the first strong character of `text` is right-to-left — the same rule as
 * `dir="auto"`, for places where an attribute value is needed up front.
 * @param text user-written text
 */
export function isRTL(text: string | null | undefined): boolean {
  if (!text) return false;
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return true;
    if (LTR_CHAR.test(ch)) return false;
  }
  return false;
}

/**
 * The direction most of a line's letters run in. Better than the first strong character for
 * generated lines such as "أحمد invited you to join …" (an Arabic name in an English sentence).
 * @returns 'rtl', 'ltr', or 'auto' when the line has no letters
 */
export function dominantDirection(text: string): 'rtl' | 'ltr' | 'auto' {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) rtl++;
    else if (LTR_CHAR.test(ch)) ltr++;
  }
  if (rtl === 0 && ltr === 0) return 'auto';
  return rtl > ltr ? 'rtl' : 'ltr';
}
