import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import arAdmin from '../locales/ar/admin.json';
import arCommon from '../locales/ar/common.json';
import arContributions from '../locales/ar/contributions.json';
import arEnums from '../locales/ar/enums.json';
import arErrors from '../locales/ar/errors.json';
import arIdentity from '../locales/ar/identity.json';
import arInitiatives from '../locales/ar/initiatives.json';
import arLedger from '../locales/ar/ledger.json';
import arOrganisations from '../locales/ar/organisations.json';
import arVolunteering from '../locales/ar/volunteering.json';
import arWorkspaceVolunteering from '../locales/ar/workspaceVolunteering.json';
import arPriorities from '../locales/ar/priorities.json';
import enAdmin from '../locales/en/admin.json';
import enCommon from '../locales/en/common.json';
import enContributions from '../locales/en/contributions.json';
import enEnums from '../locales/en/enums.json';
import enErrors from '../locales/en/errors.json';
import enIdentity from '../locales/en/identity.json';
import enInitiatives from '../locales/en/initiatives.json';
import enLedger from '../locales/en/ledger.json';
import enOrganisations from '../locales/en/organisations.json';
import enVolunteering from '../locales/en/volunteering.json';
import enWorkspaceVolunteering from '../locales/en/workspaceVolunteering.json';
import enPriorities from '../locales/en/priorities.json';
import { applyDocumentLocale, DEFAULT_LOCALE } from './locale.ts';

/** Translation namespaces, one per feature plus shared ones. Keys are always written `ns:key`. */
export const NAMESPACES = ['common', 'identity', 'organisations', 'admin', 'errors', 'enums', 'contributions', 'ledger', 'initiatives', 'priorities', 'volunteering', 'workspaceVolunteering'] as const;

/** Every catalogue, bundled (they are small; no request at start-up). */
export const resources = {
  ar: { common: arCommon, identity: arIdentity, organisations: arOrganisations, admin: arAdmin, errors: arErrors, enums: arEnums, contributions: arContributions, ledger: arLedger, initiatives: arInitiatives, priorities: arPriorities, volunteering: arVolunteering, workspaceVolunteering: arWorkspaceVolunteering },
  en: { common: enCommon, identity: enIdentity, organisations: enOrganisations, admin: enAdmin, errors: enErrors, enums: enEnums, contributions: enContributions, ledger: enLedger, initiatives: enInitiatives, priorities: enPriorities, volunteering: enVolunteering, workspaceVolunteering: enWorkspaceVolunteering },
} as const;

/**
 * Starts i18next in `locale` and keeps `<html lang dir>` in step with every language change.
 * Plurals use Intl.PluralRules suffixes (`_zero … _other` in Arabic, `_one/_other` in English).
 */
export function initI18n(locale: string): typeof i18next {
  i18next.on('languageChanged', (lng) => applyDocumentLocale(lng));
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  });
  return i18next;
}
