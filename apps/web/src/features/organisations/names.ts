import { pickLocalized } from '../../lib/localized.ts';

/** The name fields every organisation shape has. */
export interface NamedOrganisation {
  nameAr: string | null;
  nameEn: string | null;
}

/** An organisation's name in the UI language (falling back to the other language). */
export function organisationName(org: NamedOrganisation, locale: string) {
  return pickLocalized(org.nameAr, org.nameEn, locale) ?? { text: '—', lang: 'ar' as const, fallback: false };
}
