import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UserText } from '../../../components/UserText.tsx';
import type { Initiative } from '../api.ts';

/** Both language versions of an initiative's texts side by side, for reviewers. */
export function BothLanguages({ initiative: i }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const column = (lang: 'ar' | 'en', title: string | null, summary: string | null, description: string | null) => (
    <Stack gap={4}>
      <Title order={3} size="h5">{t(`enums:locale.${lang}`)}</Title>
      {title || summary || description ? (
        <Stack gap={4} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
          {title && <Text fw={700}>{title}</Text>}
          {summary && <Text size="sm">{summary}</Text>}
          {description && <UserText component="p" size="sm" lineClamp={8} style={{ whiteSpace: 'pre-line' }}>{description}</UserText>}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">{t('initiatives:review.noTexts')}</Text>
      )}
    </Stack>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {column('ar', i.titleAr, i.summaryAr, i.descriptionAr)}
      {column('en', i.titleEn, i.summaryEn, i.descriptionEn)}
    </SimpleGrid>
  );
}
