// Every catalogue of every language, loaded at once: for tests and Node scripts only. The app
// never imports this module (it would put every catalogue back in the main bundle); it loads
// one language at a time through lib/i18n.ts.
import ar from './ar/index.ts';
import en from './en/index.ts';

/** Every namespace of every interface language, as i18next's `resources` option takes them. */
export const resources = { ar, en } as const;
