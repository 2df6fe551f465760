import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets `document.title` to "<title> · <app name>" while the page is shown.
 * @param title page title; null leaves the title alone (a sub-page sets it)
 */
export function useDocumentTitle(title: string | null): void {
  const { t } = useTranslation();
  const appName = t('common:appName');
  useEffect(() => {
    if (title !== null) document.title = title === appName ? appName : `${title} · ${appName}`;
  }, [title, appName]);
}
