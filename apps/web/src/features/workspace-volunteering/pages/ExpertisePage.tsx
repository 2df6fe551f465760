import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { organisationName } from '../../organisations/names.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import { EngagementCard } from '../components/EngagementCard.tsx';
import { NeedOffers } from '../components/NeedOffers.tsx';
import { useEngagements } from '../hooks-knowledge.ts';
import { useOrgNeeds } from '../hooks.ts';
import { pageOf } from '../paged.ts';

const PAGE_SIZE = 10;
const RANK: Record<string, number> = { active: 0, signed_off: 1, cancelled: 2 };

/** Offers waiting on each open expertise need of the organisation's live initiatives. */
function OffersSection({ orgId, manage }: { orgId: string; manage: boolean }) {
  const { t } = useTranslation();
  const needs = useOrgNeeds(orgId, 'expertise');
  return (
    <Stack gap="sm" component="section" aria-labelledby="offers-heading">
      <Title order={3} size="h4" id="offers-heading">
        {t('workspaceVolunteering:expertise.offersTitle')}
      </Title>
      {needs.isPending && <LoadingState />}
      {needs.error && <ErrorAlert error={needs.error} onRetry={needs.refetch} />}
      {!needs.isPending && !needs.error && needs.needs.length === 0 && <EmptyState title={t('workspaceVolunteering:expertise.noNeeds')} description={t('workspaceVolunteering:expertise.noNeedsHint')} />}
      {needs.needs.map((item) => (
        <NeedOffers key={item.need.id} item={item} manage={manage} />
      ))}
    </Stack>
  );
}

/** The organisation's engagements, active first, a page at a time. */
function EngagementsSection({ orgId, manage }: { orgId: string; manage: boolean }) {
  const { t } = useTranslation();
  const list = useEngagements(orgId);
  const [page, setPage] = useState(1);
  const sorted = [...(list.data?.items ?? [])].sort((a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9) || b.createdAt.localeCompare(a.createdAt));
  const shown = pageOf(sorted, page, PAGE_SIZE);
  return (
    <Stack gap="sm" component="section" aria-labelledby="engagements-heading">
      <Title order={3} size="h4" id="engagements-heading">
        {t('workspaceVolunteering:expertise.engagementsTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('workspaceVolunteering:expertise.engagementsExplain')}
      </Text>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && sorted.length === 0 && <EmptyState title={t('workspaceVolunteering:expertise.noEngagements')} />}
      {shown.items.length > 0 && (
        <>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="engagements-heading">
            {shown.items.map((e) => (
              <EngagementCard key={e.id} e={e} manage={manage} />
            ))}
          </Stack>
          <Pager page={shown.page} pageSize={shown.pageSize} total={shown.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

/** `/workspace/:orgId/expertise`: offers of pro-bono expertise (accept / decline) and engagements (work log, sign-off). */
export function ExpertisePage() {
  const { t, i18n } = useTranslation();
  const { org, can } = useWorkspace();
  const title = t('workspaceVolunteering:expertise.title');
  const manage = can('manager');
  return (
    <Stack gap="lg">
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} description={t('workspaceVolunteering:expertise.description')} />
      <OffersSection orgId={org.id} manage={manage} />
      <EngagementsSection orgId={org.id} manage={manage} />
    </Stack>
  );
}
