// Dirham amounts as people type them ↔ integer fils as the API keeps them (AED 1 = 100 fils).

/** Arabic-Indic and Eastern Arabic-Indic digits → ASCII, Arabic separators → `.` and nothing. */
function normaliseDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.') // Arabic decimal separator
    .replace(/[\u066c,\s\u00a0\u202f]/g, ''); // Arabic thousands separator, commas, spaces
}

/**
 * Parses an amount in dirhams as typed ("250", "1,250.5", "٢٥٠٫٧٥", "AED 250") into integer fils,
 * exactly (no floating point). Returns null when it is not a positive amount with at most two
 * decimals (zero is allowed only with `allowZero`, e.g. an item's estimated value).
 * @param input what the person typed
 */
export function parseAedToFils(input: string, allowZero = false): number | null {
  const plain = normaliseDigits(input.trim()).replace(/^(AED|د\.إ\.?|درهم)/i, '').replace(/(AED|د\.إ\.?|درهم)$/i, '');
  const m = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(plain);
  if (!m) return null;
  const fils = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fils > 0 || allowZero ? fils : null;
}

/**
 * Fils as a plain dirham amount for an input field ("250", "250.50"): no grouping, no currency,
 * so it can be typed over and parsed back.
 */
export function filsToAedInput(fils: number): string {
  const whole = Math.trunc(fils / 100);
  const cents = Math.abs(fils % 100);
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}

/**
 * Parses a whole number of items as typed ("3", "١٢", "1,000"). Returns null unless it is a
 * positive whole number.
 */
export function parseWhole(input: string): number | null {
  const plain = normaliseDigits(input.trim());
  if (!/^\d{1,9}$/.test(plain)) return null;
  const n = Number(plain);
  return n > 0 ? n : null;
}

/** The same as `parseWhole`, named for counts of items. */
export const parseCount = parseWhole;
