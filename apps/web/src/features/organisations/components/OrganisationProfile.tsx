import { Alert, Anchor, Divider, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { pickLocalized } from '../../../lib/localized.ts';
import type { Organisation } from '../api.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/**
 * The facts about an organisation (type, emirate, website, status, date) and its description
 * in the UI language — with a notice when only the other language is available.
 */
export function OrganisationProfile({ org, showStatus = false }: { org: Organisation; showStatus?: boolean }) {
  const { t, i18n } = useTranslation();
  const description = pickLocalized(org.descriptionAr, org.descriptionEn, i18n.language);
  // The heading shows the UI-language name; the other one is worth showing only when both exist.
  const otherName = org.nameAr && org.nameEn ? (i18n.language === 'ar' ? org.nameEn : org.nameAr) : null;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
        <Fact label={t('organisations:fields.type')}>{t(`enums:organisationType.${org.type}`)}</Fact>
        <Fact label={t('organisations:fields.emirate')}>{t(`enums:emirate.${org.emirate}`)}</Fact>
        {showStatus && (
          <Fact label={t('organisations:fields.status')}>
            <StatusBadge status={org.status} />
          </Fact>
        )}
        <Fact label={t('organisations:fields.createdAt')}>
          <DateText iso={org.createdAt} />
        </Fact>
        {org.website && (
          <Fact label={t('organisations:fields.website')}>
            <Anchor href={org.website} target="_blank" rel="noopener noreferrer nofollow" dir="ltr" style={{ wordBreak: 'break-all' }}>
              {org.website.replace(/^https?:\/\//, '')}
            </Anchor>
          </Fact>
        )}
        {otherName && (
          <Fact label={t('organisations:fields.otherName')}>
            <UserText lang={i18n.language === 'ar' ? 'en' : 'ar'}>{otherName}</UserText>
          </Fact>
        )}
      </SimpleGrid>
      <Divider />
      <div>
        <Title order={2} size="h4" mb="xs">
          {t('organisations:fields.about')}
        </Title>
        {description?.fallback && (
          <Alert variant="light" color="blue" mb="xs" p="xs">
            {t('organisations:detail.otherLanguageOnly')}
          </Alert>
        )}
        {description ? (
          <UserText component="p" lang={description.lang} style={{ whiteSpace: 'pre-line' }}>
            {description.text}
          </UserText>
        ) : (
          <Text c="dimmed" size="sm">
            {t('organisations:detail.noDescription')}
          </Text>
        )}
      </div>
    </Stack>
  );
}
