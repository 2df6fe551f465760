import { Alert, Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { pickLocalized } from '../../../lib/localized.ts';
import { organisationName } from '../../organisations/names.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import type { OpportunitySummary } from '../api.ts';
import { VolunteeringTabs } from '../components/VolunteeringTabs.tsx';
import { useOrgOpportunities } from '../hooks.ts';
import { titleOf } from '../labels.ts';

/** How many shifts an opportunity has, how many are still to come, and how many were cancelled. */
function ShiftCounts({ o }: { o: OpportunitySummary }) {
  const { t, i18n } = useTranslation();
  const c = o.shiftCounts;
  if (!c) return <>—</>;
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <Stack gap={0}>
      <Text size="sm">{t('workspaceVolunteering:opportunities.shiftCount', { count: c.total, formatted: n(c.total) })}</Text>
      {c.total > 0 && (
        <Text size="xs" c="dimmed">
          {t('workspaceVolunteering:opportunities.upcoming', { count: c.upcoming, formatted: n(c.upcoming) })}
        </Text>
      )}
      {c.cancelled > 0 && (
        <Text size="xs" c="dimmed">
          {t('workspaceVolunteering:opportunities.cancelledShifts', { count: c.cancelled, formatted: n(c.cancelled) })}
        </Text>
      )}
    </Stack>
  );
}

/** `/workspace/:orgId/volunteering`: the organisation's volunteer opportunities (any status); managers add new ones. */
export function OpportunitiesPage() {
  const { t, i18n } = useTranslation();
  const { org, can } = useWorkspace();
  const [page, setPage] = useState(1);
  const list = useOrgOpportunities(org.id, page);
  const title = t('workspaceVolunteering:opportunities.title');
  const base = `/workspace/${org.id}/volunteering`;
  const canCreate = can('manager') && org.status === 'verified';
  const newButton = canCreate && (
    <Button component={Link} to={`${base}/opportunities/new`}>
      {t('workspaceVolunteering:opportunities.new')}
    </Button>
  );

  return (
    <Stack gap="md">
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} description={t('workspaceVolunteering:opportunities.description')} actions={newButton} />
      <VolunteeringTabs orgId={org.id} />
      {can('manager') && org.status !== 'verified' && (
        <Alert color="yellow" variant="light">
          {t('workspaceVolunteering:opportunities.notVerified')}
        </Alert>
      )}
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && (
        <EmptyState title={t('workspaceVolunteering:opportunities.empty')} description={canCreate ? t('workspaceVolunteering:opportunities.emptyHint') : undefined} action={newButton} />
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <DataTable caption={title} head={[t('workspaceVolunteering:opportunities.name'), t('workspaceVolunteering:opportunities.place'), t('workspaceVolunteering:opportunities.shifts'), t('workspaceVolunteering:opportunities.status')]} minWidth={680}>
            {list.data.items.map((o) => {
              const name = titleOf(o, i18n.language);
              const area = pickLocalized(o.areaAr, o.areaEn, i18n.language);
              return (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`${base}/opportunities/${o.id}`} fw={600} dir="auto" lang={name.lang}>
                      {name.text}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`enums:emirate.${o.emirate}`)}</Text>
                    {area && (
                      <UserText size="xs" c="dimmed" lang={area.lang}>
                        {area.text}
                      </UserText>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ShiftCounts o={o} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={o.status === 'open' ? 'green' : 'gray'}>
                      {t(`workspaceVolunteering:opportunityStatus.${o.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
