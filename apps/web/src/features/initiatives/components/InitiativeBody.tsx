import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserText } from '../../../components/UserText.tsx';
import { pickLocalized } from '../../../lib/localized.ts';
import type { Initiative } from '../api.ts';
import { canGiveTo } from '../labels.ts';
import { CoverImage } from './CoverImage.tsx';
import { InitiativeFacts } from './InitiativeFacts.tsx';
import { InitiativePriorities } from './InitiativePriorities.tsx';
import { LanguageNotice } from './LanguageNotice.tsx';
import { NeedCard } from './NeedCard.tsx';

/** Props of {@link InitiativeBody}. */
export interface InitiativeBodyProps {
  initiative: Initiative;
  /** Offer "Contribute" on open money and in-kind needs (public page). */
  withGive?: boolean;
  showStatus?: boolean;
}

/**
 * Everything about an initiative below its title: cover, facts, summary and description (with
 * a notice when shown in the other language), needs with progress, and the priorities it serves.
 */
export function InitiativeBody({ initiative: i, withGive = false, showStatus = false }: InitiativeBodyProps) {
  const { t, i18n } = useTranslation();
  const summary = pickLocalized(i.summaryAr, i.summaryEn, i18n.language);
  const description = pickLocalized(i.descriptionAr, i.descriptionEn, i18n.language);
  const needs = [...i.needs].sort((a, b) => a.priorityOrder - b.priorityOrder);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <CoverImage url={i.coverUrl} />
        <Stack gap="md">
          {summary && (
            <div>
              <UserText component="p" size="lg" lang={summary.lang}>{summary.text}</UserText>
              {summary.fallback && <LanguageNotice lang={summary.lang} />}
            </div>
          )}
          <InitiativeFacts initiative={i} showStatus={showStatus} />
        </Stack>
      </SimpleGrid>
      {description && (
        <section aria-labelledby="about-heading">
          <Title order={2} size="h3" id="about-heading" mb="xs">{t('initiatives:detail.about')}</Title>
          {description.fallback && <LanguageNotice lang={description.lang} size="sm" />}
          <UserText component="p" lang={description.lang} style={{ whiteSpace: 'pre-line' }}>{description.text}</UserText>
        </section>
      )}
      <section aria-labelledby="needs-heading">
        <Title order={2} size="h3" id="needs-heading" mb="xs">{t('initiatives:detail.needs')}</Title>
        {needs.length === 0 ? (
          <Text c="dimmed" size="sm">{t('initiatives:detail.noNeeds')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {needs.map((n) => (
              <NeedCard key={n.id} need={n} giveTo={withGive && canGiveTo(i, n) ? `/initiatives/${i.id}/give/${n.id}` : null} />
            ))}
          </SimpleGrid>
        )}
        {withGive && (
          <Anchor component={Link} to={`/initiatives/${i.id}#contributions`} size="sm" display="inline-block" mt="sm">
            {t('initiatives:detail.seeContributions')}
          </Anchor>
        )}
      </section>
      <section aria-labelledby="priorities-heading">
        <Title order={2} size="h3" id="priorities-heading" mb={4}>{t('initiatives:detail.priorities')}</Title>
        <Text size="sm" c="dimmed" mb="sm">{t('initiatives:detail.prioritiesHint')}</Text>
        <Paper withBorder p="md">
          <InitiativePriorities ids={i.priorities.map((p) => p.id)} />
        </Paper>
      </section>
    </Stack>
  );
}
