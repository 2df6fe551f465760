import type { TFunction } from 'i18next';
import { formatMoney, formatNumber } from '../../lib/format.ts';
import { pickLocalized, type LocalizedText } from '../../lib/localized.ts';
import type { ContributionStatus, GivingDesignation, NeedKind } from '../../../../../packages/shared/src/enums.ts';

/** The kinds of contribution, in the order the UI lists them. */
export const KINDS: readonly NeedKind[] = ['money', 'in_kind', 'time', 'expertise', 'knowledge'];
/** The statuses of a contribution. */
export const STATUSES: readonly ContributionStatus[] = ['pledged', 'confirmed', 'verified', 'cancelled', 'refunded', 'reversed'];
/** Giving designations of money. */
export const DESIGNATIONS: readonly GivingDesignation[] = ['zakat', 'sadaqah', 'waqf', 'general'];

/** Badge colour of each status (light badges; contrast-safe colours in theme.ts). */
export const STATUS_COLORS: Record<ContributionStatus, string> = {
  pledged: 'yellow',
  confirmed: 'green',
  verified: 'ataa',
  cancelled: 'gray',
  refunded: 'red',
  reversed: 'red',
};

/**
 * A quantity in words: "AED 250.00" for money (fils), "3 items", "12 hours", "2 sessions".
 * @param quantity in the unit
 * @param unit fils, items, hours or sessions
 */
export function quantityText(t: TFunction, locale: string, quantity: number, unit: string): string {
  if (unit === 'fils') return formatMoney(quantity, 'AED', locale);
  const known = ['items', 'hours', 'sessions'].includes(unit) ? unit : 'units';
  return t(`contributions:unit.${known}`, { count: quantity, formatted: formatNumber(quantity, locale) });
}

const NONE: LocalizedText = { text: '—', lang: 'ar', fallback: false };

/** An initiative's or need's title in the UI language (with fallback). */
export function titleOf(item: { titleAr: string | null; titleEn: string | null }, locale: string): LocalizedText {
  return pickLocalized(item.titleAr, item.titleEn, locale) ?? NONE;
}

/** An organisation's name in the UI language (with fallback). */
export function nameOf(org: { nameAr: string | null; nameEn: string | null }, locale: string): LocalizedText {
  return pickLocalized(org.nameAr, org.nameEn, locale) ?? NONE;
}

/** Wraps user text in first-strong isolates, so a name keeps its direction inside a sentence. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** A short code for a contribution, to quote in a bank transfer or at the door. */
export const pledgeCode = (id: string) => id.slice(0, 8).toUpperCase();
