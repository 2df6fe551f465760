// Dirham amounts as people type them → integer fils as the API keeps them (AED 1 = 100 fils).

/** Arabic-Indic digits → ASCII; Arabic decimal separator → "."; grouping characters dropped. */
function normaliseDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c,\s\u00a0\u202f]/g, '');
}

/**
 * Parses an amount in dirhams ("2500", "1,250.50", "٢٥٠٫٧٥") into integer fils, exactly (no
 * floating point). Null unless it has at most two decimals; zero is allowed only with `allowZero`.
 */
export function parseAedToFils(input: string, allowZero = false): number | null {
  const m = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(normaliseDigits(input.trim()));
  if (!m) return null;
  const fils = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fils > 0 || allowZero ? fils : null;
}

/** Parses a positive whole number as typed ("12", "١٢", "1,000"); null otherwise. */
export function parseWhole(input: string): number | null {
  const plain = normaliseDigits(input.trim());
  if (!/^\d{1,9}$/.test(plain)) return null;
  const n = Number(plain);
  return n > 0 ? n : null;
}
