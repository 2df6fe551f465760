import type { FrameworkLevel } from '../../../../../packages/shared/src/enums.ts';
import type { Framework, Priority } from './api.ts';

/** The order a roll-up chain is read in: the organisation's own and local aims first, the SDGs last. */
export const ROLL_UP_ORDER: readonly FrameworkLevel[] = ['organisation', 'platform', 'local', 'national', 'global'];

const ar = (locale: string) => locale !== 'en';

/** A framework's name in the UI language (both names are required, so there is no fallback). */
export function frameworkName(f: Pick<Framework, 'nameAr' | 'nameEn'>, locale: string): string {
  return ar(locale) ? f.nameAr : f.nameEn;
}

/** A priority's full title in the UI language. */
export function priorityTitle(p: Pick<Priority, 'titleAr' | 'titleEn'>, locale: string): string {
  return ar(locale) ? p.titleAr : p.titleEn;
}

/** The short title when there is one, else the full title. */
export function priorityShort(p: Pick<Priority, 'titleAr' | 'titleEn' | 'shortAr' | 'shortEn'>, locale: string): string {
  return (ar(locale) ? p.shortAr : p.shortEn) || priorityTitle(p, locale);
}

/**
 * True when a code means something to readers ("4.1", "SDG 4"); slugs such as `forward_society`
 * are internal and only the title is shown.
 */
export function isReadableCode(code: string): boolean {
  return /^\p{N}/u.test(code);
}

/** "4.1 — By 2030, ensure…" for numbered priorities, the title alone for the others. */
export function priorityLabel(p: Pick<Priority, 'code' | 'titleAr' | 'titleEn' | 'shortAr' | 'shortEn'>, locale: string): string {
  const title = priorityShort(p, locale);
  return isReadableCode(p.code) ? `${p.code} — ${title}` : title;
}
