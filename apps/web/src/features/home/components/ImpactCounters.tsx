import { Paper, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';

/** Props of {@link ImpactCounters}. */
export interface ImpactCountersProps {
  /** Verified organisations, or undefined while loading / when unavailable. */
  organisations: number | undefined;
  loading: boolean;
  /** Active initiatives (public catalogue total), or undefined while loading / when unavailable. */
  initiatives?: number;
  initiativesLoading?: boolean;
}

/**
 * The home page's impact counters. Only real numbers are shown: today that is verified
 * organisations and active initiatives; the ledger-backed counters say "coming soon" instead of showing a made-up zero.
 */
export function ImpactCounters({ organisations, loading, initiatives, initiativesLoading = false }: ImpactCountersProps) {
  const { t, i18n } = useTranslation();
  const pending = [t('common:home.counters.contributions'), t('common:home.counters.hours'), ...(initiatives === undefined && !initiativesLoading ? [t('common:home.counters.initiatives')] : [])];
  return (
    <section aria-labelledby="impact-heading">
      <Title order={2} size="h3" id="impact-heading" mb="sm">
        {t('common:home.counters.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Paper withBorder p="md" radius="md">
          {loading ? (
            <Skeleton height={36} width="40%" />
          ) : (
            <Text fz={32} fw={700} c="ataa.8" lh={1.2} data-testid="org-count">
              {organisations === undefined ? '—' : formatNumber(organisations, i18n.language)}
            </Text>
          )}
          <Text size="sm">{t('common:home.counters.organisations', { count: organisations ?? 0 })}</Text>
          {organisations === 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('common:home.counters.beFirst')}
            </Text>
          )}
        </Paper>
        {(initiatives !== undefined || initiativesLoading) && (
          <Paper withBorder p="md" radius="md">
            {initiativesLoading ? (
              <Skeleton height={36} width="40%" />
            ) : (
              <Text fz={32} fw={700} c="ataa.8" lh={1.2} data-testid="initiative-count">
                {formatNumber(initiatives ?? 0, i18n.language)}
              </Text>
            )}
            <Text size="sm">{t('initiatives:featured.counter', { count: initiatives ?? 0 })}</Text>
          </Paper>
        )}
        {pending.map((label) => (
          <Paper key={label} withBorder p="md" radius="md" bg="gray.0">
            <Text fz={20} fw={600} lh={1.6}>
              {t('common:home.counters.soon')}
            </Text>
            <Text size="sm">{label}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
