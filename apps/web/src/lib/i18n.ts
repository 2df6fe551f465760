import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../../packages/shared/src/enums.ts';
import arCommon from '../locales/ar/common.json';
import enCommon from '../locales/en/common.json';
import { applyDocumentLocale, isLocale } from './locale.ts';

/** Translation namespaces, one per feature plus shared ones. Keys are always written `ns:key`. */
export const NAMESPACES = ['common', 'identity', 'organisations', 'admin', 'errors', 'enums', 'contributions', 'ledger', 'initiatives', 'priorities', 'volunteering', 'workspaceVolunteering'] as const;

/** One translation namespace. */
export type Namespace = (typeof NAMESPACES)[number];

/**
 * Each language's catalogue (every namespace), a chunk of its own: only the interface language's
 * is fetched, the other one when the user switches. Tests read every catalogue at once from
 * `locales/resources.ts`.
 */
const CATALOGUES: Record<Locale, () => Promise<{ default: Record<Namespace, object> }>> = {
  ar: () => import('../locales/ar/index.ts'),
  en: () => import('../locales/en/index.ts'),
};

/**
 * Bundled with the app for every language: the `common` namespace (a few kB). The language
 * switch names the other language in that language (`t('common:languageName', { lng })`)
 * before that language's catalogue has been fetched.
 */
const BUNDLED = { ar: { common: arCommon }, en: { common: enCommon } } satisfies Record<Locale, { common: object }>;

/**
 * i18next backend reading a namespace from its language's chunk (one request per language:
 * the module is fetched once, then every namespace comes from it). i18next loads a language
 * before it announces `languageChanged`, so a switch waits for its catalogue.
 */
const catalogueBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, namespace, callback) {
    if (!isLocale(language)) {
      callback(null, {});
      return;
    }
    CATALOGUES[language]().then(
      (catalogue) => callback(null, catalogue.default[namespace as Namespace] ?? {}),
      // `true` lets i18next retry (a network blip) and load it again on the next switch.
      (err: Error) => callback(err, true),
    );
  },
};

/**
 * Starts i18next in `locale` and keeps `<html lang dir>` in step with every language change.
 * Resolves once the language's catalogue is loaded: render after it, so no key ever shows
 * untranslated. Plurals use Intl.PluralRules suffixes (`_zero … _other` in Arabic,
 * `_one/_other` in English).
 */
export async function initI18n(locale: string): Promise<typeof i18next> {
  i18next.on('languageChanged', (lng) => applyDocumentLocale(lng));
  await i18next
    .use(catalogueBackend)
    .use(initReactI18next)
    .init({
      resources: BUNDLED,
      // The bundled `common` namespaces are a start; the backend loads the rest.
      partialBundledLanguages: true,
      lng: locale,
      // No fallback language: it would be fetched with every other language, and it is never
      // needed — every key exists in every language (locales/catalogues.test.ts).
      fallbackLng: false,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
  return i18next;
}
