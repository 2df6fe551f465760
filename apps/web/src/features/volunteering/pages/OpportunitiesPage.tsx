import { Button, Collapse, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useSession } from '../../identity/hooks.ts';
import { OpportunityCard } from '../components/OpportunityCard.tsx';
import { FILTER_KEYS, OpportunityFilters, type OpportunityFilterValues } from '../components/OpportunityFilters.tsx';
import { useOpportunities } from '../hooks.ts';

const PAGE_SIZE = 12;

/**
 * `/volunteer`: open volunteer opportunities — search, filters (priority, emirate, dates,
 * skill, language) and pages, all kept in the URL so a filtered list can be shared.
 */
export function OpportunitiesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const isWide = useMediaQuery('(min-width: 48em)') ?? true;
  const [filtersOpen, filtersToggle] = useDisclosure(false);
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as OpportunityFilterValues;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);

  const list = useOpportunities({
    page,
    pageSize: PAGE_SIZE,
    q,
    emirate: filters.emirate,
    from: filters.from,
    to: filters.to,
    skill: filters.skill,
    language: filters.language,
    priorityId: filters.priority,
  });

  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    // A new filter starts again at page 1.
    if (!('page' in next)) merged.delete('page');
    setParams(merged, { replace: !('page' in next) });
  }

  const activeFilters = FILTER_KEYS.filter((k) => filters[k]).length;
  const filtered = Boolean(q || activeFilters);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('volunteering:browse.title')}
        description={t('volunteering:browse.description')}
        actions={
          session.data?.user && (
            <Button component={Link} to="/me/volunteering" variant="default" size="sm">
              {t('volunteering:browse.myShifts')}
            </Button>
          )
        }
      />
      <form
        role="search"
        aria-label={t('volunteering:browse.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: draft.trim() });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('volunteering:browse.search')}
            description={t('volunteering:browse.searchHint')}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            dir="auto"
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit">{t('common:search')}</Button>
        </Group>
      </form>
      {!isWide && (
        <Button variant="default" onClick={filtersToggle.toggle} aria-expanded={filtersOpen} aria-controls="opportunity-filters">
          {activeFilters ? t('volunteering:filters.toggleCount', { count: activeFilters, formatted: formatNumber(activeFilters, i18n.language) }) : t('volunteering:filters.toggle')}
        </Button>
      )}
      <Collapse expanded={isWide || filtersOpen} id="opportunity-filters">
        <Paper withBorder p="md" component="section" aria-label={t('volunteering:filters.label')}>
          <OpportunityFilters values={filters} onChange={(next) => update(next as Record<string, string>)} />
          {filtered && (
            <Button variant="default" size="xs" mt="sm" onClick={() => setParams(new URLSearchParams())}>
              {t('volunteering:filters.clear')}
            </Button>
          )}
        </Paper>
      </Collapse>
      <Text role="status" aria-live="polite" size="sm" fw={600}>
        {list.data ? t('volunteering:browse.count', { count: list.data.total, formatted: formatNumber(list.data.total, i18n.language) }) : ''}
      </Text>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <EmptyState
          title={filtered ? t('volunteering:browse.noMatches') : t('volunteering:browse.empty')}
          description={filtered ? t('volunteering:browse.noMatchesHint') : t('volunteering:browse.emptyHint')}
          action={
            filtered ? (
              <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
                {t('volunteering:filters.clear')}
              </Button>
            ) : (
              <Button component={Link} to="/initiatives" variant="default">
                {t('volunteering:browse.toInitiatives')}
              </Button>
            )
          }
        />
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy={list.isFetching}>
            {list.data.items.map((o) => (
              <OpportunityCard key={o.id} opportunity={o} />
            ))}
          </SimpleGrid>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={(p) => update({ page: String(p) })} />
        </>
      )}
    </Stack>
  );
}
