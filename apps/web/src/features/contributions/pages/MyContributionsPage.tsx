import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { csvUrl } from '../api.ts';
import { CancelPledge } from '../components/CancelPledge.tsx';
import { ContributionFilters, useContributionQuery } from '../components/ContributionFilters.tsx';
import { ContributionItem } from '../components/ContributionItem.tsx';
import { ContributionTotals } from '../components/ContributionTotals.tsx';
import { useMyContributions } from '../hooks.ts';

/** `/me/contributions`: everything I gave, with totals by kind and designation, filters, CSV, cancel and receipts. */
export function MyContributionsPage() {
  const { t } = useTranslation();
  const { query, set, clear, filtered } = useContributionQuery();
  const list = useMyContributions(query);
  const title = t('contributions:mine.title');

  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={title}
        description={t('contributions:mine.description')}
        actions={
          <Button component="a" href={csvUrl('/me/contributions', query)} variant="default" size="sm" download>
            {t('contributions:exportCsv')}
          </Button>
        }
      />
      <ContributionFilters query={query} onChange={set} onClear={clear} filtered={filtered} />
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <EmptyState
          title={filtered ? t('contributions:mine.noMatches') : t('contributions:mine.empty')}
          description={filtered ? undefined : t('contributions:mine.emptyHint')}
          action={
            filtered ? (
              <Button variant="default" onClick={clear}>
                {t('contributions:filters.clear')}
              </Button>
            ) : (
              <Button component={Link} to="/initiatives">
                {t('contributions:mine.browse')}
              </Button>
            )
          }
        />
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <ContributionTotals totals={list.data.totals} heading={t('contributions:totals.title')} />
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={title} aria-busy={list.isFetching}>
            {list.data.items.map((c) => (
              <ContributionItem key={c.id} contribution={c} perspective="mine" actions={c.status === 'pledged' ? <CancelPledge contribution={c} /> : undefined} />
            ))}
          </Stack>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={(p) => set({ page: String(p) })} />
        </>
      )}
    </Stack>
  );
}
