import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { initiativeTitle, needName, quantityText } from '../../initiatives/labels.ts';
import { useOffers } from '../hooks-knowledge.ts';
import type { OrgNeed } from '../hooks.ts';
import { OfferCard } from './OfferCard.tsx';

/** Offers first, then the ones already answered, newest first within each. */
const RANK: Record<string, number> = { offered: 0, accepted: 1, declined: 2, withdrawn: 3 };

/** One expertise need of the organisation with the offers experts made for it. */
export function NeedOffers({ item, manage }: { item: OrgNeed; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const offers = useOffers(item.need.id);
  const name = needName(t, item.need, lang);
  const initiative = initiativeTitle(item.initiative, lang);
  const headingId = `need-${item.need.id}`;
  const sorted = [...(offers.data?.items ?? [])].sort((a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9) || b.createdAt.localeCompare(a.createdAt));
  const level = item.need.details.level;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={4} size="h5" id={headingId}>
            <span dir="auto" lang={name.lang}>
              {name.text}
            </span>
          </Title>
          <UserText size="sm" c="dimmed" lang={initiative.lang}>
            {initiative.text}
          </UserText>
          <Group gap={6} mt={4}>
            {level && <Badge variant="light">{t(`enums:expertiseLevel.${level}`)}</Badge>}
            <Text size="xs" c="dimmed">
              {quantityText(t, lang, item.need.target, item.need.unit)}
            </Text>
          </Group>
        </div>
        {offers.isPending && <LoadingState />}
        {offers.isError && <ErrorAlert error={offers.error} onRetry={() => void offers.refetch()} />}
        {offers.data && sorted.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('workspaceVolunteering:expertise.noOffers')}
          </Text>
        )}
        {sorted.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
            {sorted.map((o) => (
              <OfferCard key={o.id} offer={o} manage={manage} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
