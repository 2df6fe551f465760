import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageSwitch } from '../hooks.ts';

/**
 * One-click language switch: labelled with the other language's own name ("English" in the
 * Arabic interface, "العربية" in the English one), in that language.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { target, switchTo } = useLanguageSwitch();
  return (
    <Button variant="default" size="sm" lang={target} onClick={() => void switchTo()} data-testid="language-switch">
      {t('common:languageName', { lng: target })}
    </Button>
  );
}
