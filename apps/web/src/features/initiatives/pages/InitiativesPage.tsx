import { Button, Collapse, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { SORTS, type Sort } from '../api.ts';
import { InitiativeCard } from '../components/InitiativeCard.tsx';
import { InitiativeFilters, type FilterValues } from '../components/InitiativeFilters.tsx';
import { useInitiatives } from '../hooks.ts';

const PAGE_SIZE = 12;
const FILTER_KEYS = ['priority', 'emirate', 'kind', 'status', 'org'] as const;

/**
 * `/initiatives`: the public catalogue — Arabic/English search, filters (area, any priority,
 * emirate, kind of need, status, organisation), sort and pages, all kept in the URL.
 */
export function InitiativesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const isWide = useMediaQuery('(min-width: 48em)') ?? true;
  const [filtersOpen, filtersToggle] = useDisclosure(false);
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as FilterValues;
  const rawSort = params.get('sort') as Sort | null;
  const sort: Sort = rawSort && SORTS.includes(rawSort) && (rawSort !== 'relevance' || q) ? rawSort : q ? 'relevance' : 'newest';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);

  const list = useInitiatives({
    page,
    pageSize: PAGE_SIZE,
    q,
    priorityId: filters.priority,
    emirate: filters.emirate,
    needKind: filters.kind,
    status: filters.status,
    organisationId: filters.org,
    sort,
  });

  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  }

  const activeFilters = FILTER_KEYS.filter((k) => filters[k]).length;
  const filtered = Boolean(q || activeFilters);
  const sorts = SORTS.filter((s) => s !== 'relevance' || q);
  return (
    <Stack gap="md">
      <PageHeader title={t('initiatives:list.title')} description={t('initiatives:list.description')} />
      <form
        role="search"
        aria-label={t('initiatives:list.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: draft.trim(), sort: '' });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('initiatives:list.search')}
            description={t('initiatives:list.searchHint')}
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
        <Button variant="default" onClick={filtersToggle.toggle} aria-expanded={filtersOpen} aria-controls="initiative-filters">
          {activeFilters ? t('initiatives:filters.toggleCount', { count: activeFilters }) : t('initiatives:filters.toggle')}
        </Button>
      )}
      <Collapse expanded={isWide || filtersOpen} id="initiative-filters">
        <Paper withBorder p="md">
          <InitiativeFilters values={filters} onChange={(next) => update(next as Record<string, string>)} />
        </Paper>
      </Collapse>
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Text role="status" aria-live="polite" size="sm" fw={600}>
          {list.data ? t('initiatives:list.count', { count: list.data.total, formatted: formatNumber(list.data.total, i18n.language) }) : ''}
        </Text>
        <NativeSelect
          label={t('initiatives:list.sort')}
          value={sort}
          onChange={(e) => update({ sort: e.currentTarget.value })}
          data={sorts.map((s) => ({ value: s, label: t(`initiatives:sort.${s}`) }))}
        />
      </Group>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <EmptyState
          title={filtered ? t('initiatives:list.noMatches') : t('initiatives:list.empty')}
          description={filtered ? t('initiatives:list.noMatchesHint') : t('initiatives:list.emptyHint')}
          action={
            filtered && (
              <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
                {t('initiatives:list.clear')}
              </Button>
            )
          }
        />
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy={list.isFetching}>
            {list.data.items.map((i) => (
              <InitiativeCard key={i.id} initiative={i} />
            ))}
          </SimpleGrid>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={(p) => update({ page: String(p) })} />
        </>
      )}
    </Stack>
  );
}
