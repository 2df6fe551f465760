import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import '@fontsource/ibm-plex-sans-arabic/700.css';
import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initI18n } from './lib/i18n.ts';
import { applyDocumentLocale, readStoredLocale } from './lib/locale.ts';

// Arabic unless this browser chose otherwise; set <html lang dir> before the first paint.
const locale = readStoredLocale();
applyDocumentLocale(locale);
// The language's catalogue is a chunk of its own: render once it is in, so no key shows.
// (Not a top-level await: the catalogue chunk imports from this entry chunk, and awaiting it
// here would make the bundler split the entry into many small preloaded chunks.)
void initI18n(locale).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App locale={locale} />
    </StrictMode>,
  );
});
