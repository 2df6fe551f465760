import { Button, Collapse, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { useSession } from '../../identity/hooks.ts';
import { organisationName } from '../../organisations/names.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import { csvUrl, type ContributionQuery } from '../api.ts';
import { ContributionActions, hasActions } from '../components/ContributionActions.tsx';
import { ContributionFilters, useContributionQuery } from '../components/ContributionFilters.tsx';
import { ContributionItem } from '../components/ContributionItem.tsx';
import { ContributionTotals } from '../components/ContributionTotals.tsx';
import { RecordContributionForm } from '../components/RecordContributionForm.tsx';
import { useOrgContributions } from '../hooks.ts';

type Direction = 'received' | 'given';

/** One list of an organisation's contributions, with its own page in the address. */
function OrgList({ direction, query, onPage, label, finance, auditor, emptyTitle }: { direction: Direction; query: ContributionQuery; onPage: (p: number) => void; label: string; finance: boolean; auditor: boolean; emptyTitle?: string }) {
  const { org } = useWorkspace();
  const list = useOrgContributions(org.id, direction, query);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return emptyTitle ? <EmptyState title={emptyTitle} /> : null;
  return (
    <>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label} aria-busy={list.isFetching}>
        {list.data.items.map((c) => (
          <ContributionItem
            key={c.id}
            contribution={c}
            perspective={direction}
            actions={direction === 'received' && hasActions(c, finance, auditor) ? <ContributionActions contribution={c} finance={finance} auditor={auditor} /> : undefined}
          />
        ))}
      </Stack>
      <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={onPage} />
    </>
  );
}

/** Totals of the filtered list (the same query, so the numbers match the list). */
function OrgTotals({ direction, query }: { direction: Direction; query: ContributionQuery }) {
  const { t } = useTranslation();
  const { org } = useWorkspace();
  const list = useOrgContributions(org.id, direction, query);
  return list.data ? <ContributionTotals totals={list.data.totals} heading={t(`contributions:workspace.totals.${direction}`)} /> : null;
}

/** `/workspace/:orgId/contributions`: received (pending pledges first) and given, with confirmations and records. */
export function WorkspaceContributionsPage() {
  const { t, i18n } = useTranslation();
  const { org, can } = useWorkspace();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const [recording, { toggle: toggleRecord, close: closeRecord }] = useDisclosure(false);
  const direction: Direction = params.get('tab') === 'given' ? 'given' : 'received';
  const all = useContributionQuery();
  const pending = useContributionQuery('p');
  const finance = can('finance');
  const platformRole = session.data?.user?.platformRole;
  const auditor = platformRole === 'verifier' || platformRole === 'admin';
  const title = t('contributions:workspace.title');

  function setTab(tab: string | null) {
    const next = new URLSearchParams();
    if (tab === 'given') next.set('tab', 'given');
    setParams(next, { replace: true });
  }

  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={title}
        documentTitle={`${title} · ${organisationName(org, i18n.language).text}`}
        description={finance ? t('contributions:workspace.descriptionFinance') : t('contributions:workspace.description')}
        actions={
          <>
            {finance && direction === 'received' && (
              <Button onClick={toggleRecord} aria-expanded={recording} aria-controls="record-form" variant={recording ? 'default' : 'filled'} size="sm">
                {t('contributions:record.open')}
              </Button>
            )}
            <Button component="a" href={csvUrl(`/organisations/${org.id}/contributions`, all.query, { direction })} variant="default" size="sm" download>
              {t('contributions:exportCsv')}
            </Button>
          </>
        }
      />
      {finance && (
        <Collapse expanded={recording && direction === 'received'} id="record-form">
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="xs">
              {t('contributions:record.title')}
            </Title>
            {recording && <RecordContributionForm orgId={org.id} onDone={closeRecord} />}
          </Paper>
        </Collapse>
      )}
      <Tabs value={direction} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="received">{t('contributions:workspace.received')}</Tabs.Tab>
          <Tabs.Tab value="given">{t('contributions:workspace.given')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="received" pt="md">
          <Stack gap="lg">
            <OrgTotals direction="received" query={all.query} />
            <Stack gap="sm" component="section" aria-labelledby="pending-heading">
              <Title order={3} size="h4" id="pending-heading">
                {t('contributions:workspace.pending')}
              </Title>
              <OrgList direction="received" query={{ ...pending.query, status: 'pledged' }} onPage={(p) => pending.set({ page: String(p) })} label={t('contributions:workspace.pending')} finance={finance} auditor={auditor} emptyTitle={t('contributions:workspace.noPending')} />
            </Stack>
            <Stack gap="sm" component="section" aria-labelledby="all-heading">
              <Title order={3} size="h4" id="all-heading">
                {t('contributions:workspace.allReceived')}
              </Title>
              <ContributionFilters query={all.query} onChange={all.set} onClear={all.clear} filtered={all.filtered} />
              <OrgList direction="received" query={all.query} onPage={(p) => all.set({ page: String(p) })} label={t('contributions:workspace.allReceived')} finance={finance} auditor={auditor} emptyTitle={t(all.filtered ? 'contributions:mine.noMatches' : 'contributions:workspace.noneReceived')} />
            </Stack>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="given" pt="md">
          <Stack gap="lg">
            <Title order={3} size="h4" className="visually-hidden">
              {t('contributions:workspace.given')}
            </Title>
            <OrgTotals direction="given" query={all.query} />
            <ContributionFilters query={all.query} onChange={all.set} onClear={all.clear} filtered={all.filtered} />
            <OrgList direction="given" query={all.query} onPage={(p) => all.set({ page: String(p) })} label={t('contributions:workspace.given')} finance={false} auditor={false} emptyTitle={t(all.filtered ? 'contributions:mine.noMatches' : 'contributions:workspace.noneGiven')} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
