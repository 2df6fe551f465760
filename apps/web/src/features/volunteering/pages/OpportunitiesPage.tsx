import { Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CollapsibleFilters } from '../../../components/CollapsibleFilters.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedGrid } from '../../../components/PagedGrid.tsx';
import { SearchForm } from '../../../components/SearchForm.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { useSession } from '../../identity/hooks.ts';
import { OpportunityCard } from '../components/OpportunityCard.tsx';
import { FILTER_KEYS, OpportunityFilters } from '../components/OpportunityFilters.tsx';
import { useOpportunities } from '../hooks.ts';

const PAGE_SIZE = 12;

/**
 * `/volunteer`: open volunteer opportunities — search, filters (priority, emirate, dates,
 * skill, language) and pages, all kept in the URL so a filtered list can be shared.
 */
export function OpportunitiesPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { q, filters, page, active: activeFilters, filtered, update, clear } = useUrlFilters(FILTER_KEYS, { replaceOnFilter: true });

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
      <SearchForm formLabel={t('volunteering:browse.searchLabel')} label={t('volunteering:browse.search')} description={t('volunteering:browse.searchHint')} value={q} onSearch={(text) => update({ q: text })} />
      <CollapsibleFilters
        id="opportunity-filters"
        toggleLabel={activeFilters ? t('volunteering:filters.toggleCount', { count: activeFilters, formatted: formatNumber(activeFilters, i18n.language) }) : t('volunteering:filters.toggle')}
      >
        <Paper withBorder p="md" component="section" aria-label={t('volunteering:filters.label')}>
          <OpportunityFilters values={filters} onChange={(next) => update(next as Record<string, string>)} />
          {filtered && (
            <Button variant="default" size="xs" mt="sm" onClick={clear}>
              {t('volunteering:filters.clear')}
            </Button>
          )}
        </Paper>
      </CollapsibleFilters>
      <Text role="status" aria-live="polite" size="sm" fw={600}>
        {list.data ? t('volunteering:browse.count', { count: list.data.total, formatted: formatNumber(list.data.total, i18n.language) }) : ''}
      </Text>
      <PagedGrid
        list={list}
        onPage={(p) => update({ page: String(p) })}
        empty={
          <EmptyState
            title={filtered ? t('volunteering:browse.noMatches') : t('volunteering:browse.empty')}
            description={filtered ? t('volunteering:browse.noMatchesHint') : t('volunteering:browse.emptyHint')}
            action={
              filtered ? (
                <Button variant="default" onClick={clear}>
                  {t('volunteering:filters.clear')}
                </Button>
              ) : (
                <Button component={Link} to="/initiatives" variant="default">
                  {t('volunteering:browse.toInitiatives')}
                </Button>
              )
            }
          />
        }
      >
        {(o) => <OpportunityCard key={o.id} opportunity={o} />}
      </PagedGrid>
    </Stack>
  );
}
