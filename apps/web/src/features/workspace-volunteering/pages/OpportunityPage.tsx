import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { useWorkspace } from '../../organisations/workspace.ts';
import type { Shift } from '../api.ts';
import { AddShifts } from '../components/AddShifts.tsx';
import { GulfTimeNote } from '../components/GulfTimeNote.tsx';
import { OpportunitySummary } from '../components/OpportunitySummary.tsx';
import { ShiftsTable } from '../components/ShiftsTable.tsx';
import { useOpportunity } from '../hooks.ts';
import { titleOf } from '../labels.ts';
import { pageOf } from '../paged.ts';

/** One group of shifts (coming or held) under its own heading, ten at a time. */
function PagedShifts({ orgId, shifts, manage, past, title, empty }: { orgId: string; shifts: Shift[]; manage: boolean; past: boolean; title: string; empty?: string }) {
  const [page, setPage] = useState(1);
  const shown = pageOf(shifts, page, 10);
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {title}
      </Title>
      {shifts.length === 0 && empty ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <>
          <ShiftsTable orgId={orgId} shifts={shown.items} manage={manage} past={past} caption={title} />
          {shown.total > shown.pageSize && <Pager page={shown.page} pageSize={shown.pageSize} total={shown.total} onChange={setPage} />}
        </>
      )}
    </Stack>
  );
}

/**
 * `/workspace/:orgId/volunteering/opportunities/:opportunityId`: one opportunity with its shifts;
 * managers add one shift or a weekly series, edit a shift (volunteers are told) or cancel it.
 */
export function OpportunityPage() {
  const { opportunityId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { org, can } = useWorkspace();
  const opportunity = useOpportunity(opportunityId);
  const [adding, { toggle, close }] = useDisclosure(false);
  const back = (
    <Anchor component={Link} to={`/workspace/${org.id}/volunteering`} size="sm">
      {t('workspaceVolunteering:opportunities.back')}
    </Anchor>
  );

  if (opportunity.isPending) return <LoadingState />;
  if (opportunity.isError || opportunity.data.organisationId !== org.id) {
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={opportunity.error ?? new ApiError(404, 'not_found', 'Not this organisation’s opportunity.')} onRetry={opportunity.isError ? () => void opportunity.refetch() : undefined} />
      </Stack>
    );
  }
  const o = opportunity.data;
  const title = titleOf(o, i18n.language);
  const manage = can('manager');
  // Coming shifts first (soonest first), then the ones held (latest first), each a page at a time.
  const now = new Date().toISOString();
  const upcoming = o.shifts.filter((s) => s.endsAt > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = o.shifts.filter((s) => s.endsAt <= now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  return (
    <Stack gap="md">
      {back}
      <PageHeader
        order={2}
        title={title.text}
        titleLang={title.lang}
        actions={
          <Group gap="xs">
            <Badge variant="light" color={o.status === 'open' ? 'green' : 'gray'}>
              {t(`workspaceVolunteering:opportunityStatus.${o.status}`)}
            </Badge>
            <Anchor component={Link} to={`/workspace/${org.id}/initiatives/${o.initiativeId}`} size="sm">
              {t('workspaceVolunteering:opportunity.initiative')}
            </Anchor>
          </Group>
        }
      />
      <OpportunitySummary o={o} />
      <Stack gap="sm" component="section" aria-labelledby="shifts-heading">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id="shifts-heading">
            {t('workspaceVolunteering:shifts.title')}
          </Title>
          {manage && (
            <Button onClick={toggle} aria-expanded={adding} aria-controls="add-shifts" variant={adding ? 'default' : 'filled'} size="sm">
              {t('workspaceVolunteering:shifts.add')}
            </Button>
          )}
        </Group>
        {manage && (
          <Collapse expanded={adding} id="add-shifts">
            <Paper withBorder p={{ base: 'sm', sm: 'md' }}>{adding && <AddShifts opportunityId={o.id} onDone={close} />}</Paper>
          </Collapse>
        )}
        {o.shifts.length === 0 ? (
          <EmptyState title={t('workspaceVolunteering:shifts.empty')} description={manage ? t('workspaceVolunteering:shifts.emptyHint') : undefined} />
        ) : (
          <>
            <GulfTimeNote />
            <PagedShifts orgId={org.id} shifts={upcoming} manage={manage} past={false} title={t('workspaceVolunteering:shifts.upcoming')} empty={t('workspaceVolunteering:shifts.noUpcoming')} />
            {past.length > 0 && <PagedShifts orgId={org.id} shifts={past} manage={manage} past title={t('workspaceVolunteering:shifts.past')} />}
          </>
        )}
      </Stack>
    </Stack>
  );
}
