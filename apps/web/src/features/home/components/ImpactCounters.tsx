import { Paper, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../../lib/format.ts';

/** Props of {@link ImpactCounters}. */
export interface ImpactCountersProps {
  /** Verified organisations, or undefined while loading / when unavailable. */
  organisations: number | undefined;
  loading: boolean;
  /** Active initiatives (public catalogue total), or undefined while loading / when unavailable. */
  initiatives?: number;
  initiativesLoading?: boolean;
  /** Confirmed value in fils and volunteer hours from the ledger, or undefined while loading / when unavailable. */
  impact?: { confirmedValueFils: number; volunteerHours: number };
  impactLoading?: boolean;
}

/** One counter: the figure (a skeleton while loading, "—" when unavailable) and its label. */
function Counter({ loading, value, label, testId, children }: { loading: boolean; value: string | undefined; label: string; testId: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      {loading ? (
        <Skeleton height={36} width="40%" />
      ) : (
        // Large sums must fit a quarter-width card: the size follows the viewport and the figure
        // wraps at a space rather than spilling out of its card.
        <Text fz="clamp(1.375rem, 0.9rem + 1.1vw, 2rem)" fw={700} c="ataa.8" lh={1.2} style={{ overflowWrap: 'break-word' }} data-testid={testId}>
          {value ?? '—'}
        </Text>
      )}
      <Text size="sm">{label}</Text>
      {children}
    </Paper>
  );
}

/**
 * The home page's impact counters, all real numbers: verified organisations, active initiatives,
 * and from the ledger the AED value received and the volunteer hours given.
 */
export function ImpactCounters({ organisations, loading, initiatives, initiativesLoading = false, impact, impactLoading = false }: ImpactCountersProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hours = impact?.volunteerHours ?? 0;
  return (
    <section aria-labelledby="impact-heading">
      <Title order={2} size="h3" id="impact-heading" mb="sm">
        {t('common:home.counters.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Counter loading={loading} value={organisations === undefined ? undefined : formatNumber(organisations, lang)} label={t('common:home.counters.organisations', { count: organisations ?? 0 })} testId="org-count">
          {organisations === 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('common:home.counters.beFirst')}
            </Text>
          )}
        </Counter>
        <Counter loading={initiativesLoading} value={initiatives === undefined ? undefined : formatNumber(initiatives, lang)} label={t('initiatives:featured.counter', { count: initiatives ?? 0 })} testId="initiative-count" />
        <Counter loading={impactLoading} value={impact ? formatMoney(impact.confirmedValueFils, 'AED', lang, { whole: true }) : undefined} label={t('common:home.counters.contributions')} testId="value-count" />
        <Counter loading={impactLoading} value={impact ? formatNumber(hours, lang) : undefined} label={t('common:home.counters.hours', { count: hours })} testId="hours-count" />
      </SimpleGrid>
    </section>
  );
}
