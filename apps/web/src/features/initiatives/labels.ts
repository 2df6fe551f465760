import type { TFunction } from 'i18next';
import { formatMoney, formatNumber } from '../../lib/format.ts';
import { pickLocalized, type LocalizedText } from '../../lib/localized.ts';
import { isRTL } from '../../lib/rtl.ts';
import type { InitiativeStatus, NeedKind } from '../../../../../packages/shared/src/enums.ts';
import type { Initiative, InitiativeSummary, Need } from './api.ts';

/** Badge colour of each initiative status (light badges; contrast-safe colours in theme.ts). */
export const STATUS_COLORS: Record<InitiativeStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  returned: 'red',
  approved: 'blue',
  active: 'green',
  completed: 'ataa',
  closed: 'gray',
};

/** Statuses shown in the public catalogue's filter. */
export const PUBLIC_STATUSES: readonly InitiativeStatus[] = ['approved', 'active', 'completed'];

/** Kinds people can give to from an initiative page today (the others are recorded by the organisation). */
const GIVABLE: readonly NeedKind[] = ['money', 'in_kind'];

const NONE: LocalizedText = { text: '—', lang: 'ar', fallback: false };

/** An initiative's title in the UI language, falling back to the other language (with `fallback`). */
export function initiativeTitle(i: Pick<InitiativeSummary, 'titleAr' | 'titleEn'>, locale: string): LocalizedText {
  return pickLocalized(i.titleAr, i.titleEn, locale) ?? NONE;
}

/** A need's title, or null when it has none in either language. */
export function needTitle(n: Pick<Need, 'titleAr' | 'titleEn'>, locale: string): LocalizedText | null {
  return pickLocalized(n.titleAr, n.titleEn, locale);
}

/**
 * What to call a need: its title, else what its details say (the volunteer role, the item, the
 * skill), else the name of its kind.
 */
export function needName(t: TFunction, n: Pick<Need, 'titleAr' | 'titleEn' | 'kind' | 'details'>, locale: string): LocalizedText {
  const title = needTitle(n, locale);
  if (title) return title;
  const d = n.details;
  const role = n.kind === 'time' ? pickLocalized(d.roleAr, d.roleEn, locale) : null;
  if (role) return role;
  const text = n.kind === 'in_kind' ? d.item : n.kind === 'expertise' ? d.skill : undefined;
  if (text) return { text, lang: isRTL(text) ? 'ar' : 'en', fallback: false };
  return { text: t(`enums:needKind.${n.kind}`), lang: locale === 'en' ? 'en' : 'ar', fallback: false };
}

/** The area (neighbourhood) of an initiative in the UI language, if any. */
export function areaOf(i: Pick<InitiativeSummary, 'areaAr' | 'areaEn'>, locale: string): LocalizedText | null {
  return pickLocalized(i.areaAr, i.areaEn, locale);
}

/**
 * A quantity in the need's unit: "AED 1,250.00" for money (fils), "12 hours", "3 sessions", "40 items".
 * @param quantity in the unit
 * @param unit fils, hours, sessions or items
 */
export function quantityText(t: TFunction, locale: string, quantity: number, unit: string): string {
  if (unit === 'fils') return formatMoney(quantity, 'AED', locale);
  const known = ['hours', 'sessions', 'items'].includes(unit) ? unit : 'items';
  return t(`initiatives:unit.${known}`, { count: quantity, formatted: formatNumber(quantity, locale) });
}

/** True when people can pledge to this need from the initiative page. */
export function canGiveTo(i: Pick<Initiative, 'status'>, n: Pick<Need, 'kind' | 'status'>): boolean {
  return GIVABLE.includes(n.kind) && n.status === 'open' && (i.status === 'approved' || i.status === 'active');
}
