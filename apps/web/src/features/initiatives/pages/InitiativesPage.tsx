import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CollapsibleFilters } from '../../../components/CollapsibleFilters.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedGrid } from '../../../components/PagedGrid.tsx';
import { SearchForm } from '../../../components/SearchForm.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { SORTS, type Sort } from '../api.ts';
import { InitiativeCard } from '../components/InitiativeCard.tsx';
import { InitiativeFilters } from '../components/InitiativeFilters.tsx';
import { useInitiatives } from '../hooks.ts';

const PAGE_SIZE = 12;
const FILTER_KEYS = ['priority', 'emirate', 'kind', 'status', 'org'] as const;

/**
 * `/initiatives`: the public catalogue — Arabic/English search, filters (area, any priority,
 * emirate, kind of need, status, organisation), sort and pages, all kept in the URL.
 */
export function InitiativesPage() {
  const { t, i18n } = useTranslation();
  const { params, q, filters, page, active: activeFilters, filtered, update, clear } = useUrlFilters(FILTER_KEYS);
  const rawSort = params.get('sort') as Sort | null;
  const sort: Sort = rawSort && SORTS.includes(rawSort) && (rawSort !== 'relevance' || q) ? rawSort : q ? 'relevance' : 'newest';

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

  const sorts = SORTS.filter((s) => s !== 'relevance' || q);
  return (
    <Stack gap="md">
      <PageHeader title={t('initiatives:list.title')} description={t('initiatives:list.description')} />
      <SearchForm formLabel={t('initiatives:list.searchLabel')} label={t('initiatives:list.search')} description={t('initiatives:list.searchHint')} value={q} onSearch={(text) => update({ q: text, sort: '' })} />
      <CollapsibleFilters id="initiative-filters" toggleLabel={activeFilters ? t('initiatives:filters.toggleCount', { count: activeFilters }) : t('initiatives:filters.toggle')}>
        <Paper withBorder p="md">
          <InitiativeFilters values={filters} onChange={(next) => update(next as Record<string, string>)} />
        </Paper>
      </CollapsibleFilters>
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
      <PagedGrid
        list={list}
        onPage={(p) => update({ page: String(p) })}
        empty={
          <EmptyState
            title={filtered ? t('initiatives:list.noMatches') : t('initiatives:list.empty')}
            description={filtered ? t('initiatives:list.noMatchesHint') : t('initiatives:list.emptyHint')}
            action={
              filtered && (
                <Button variant="default" onClick={clear}>
                  {t('initiatives:list.clear')}
                </Button>
              )
            }
          />
        }
      >
        {(i) => <InitiativeCard key={i.id} initiative={i} />}
      </PagedGrid>
    </Stack>
  );
}
