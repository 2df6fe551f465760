import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Shown in Arabic" under content that exists only in the other language. */
export function LanguageNotice({ lang, size = 'xs' }: { lang: 'ar' | 'en'; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Text size={size} c="dimmed" fs="italic" data-testid="language-notice">
      {t('initiatives:shownIn', { language: t(`enums:locale.${lang}`) })}
    </Text>
  );
}
