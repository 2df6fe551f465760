import { Anchor, Button, Grid, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { MyShift } from '../api.ts';
import { CalendarPanel } from '../components/CalendarPanel.tsx';
import { MyShiftItem } from '../components/MyShiftItem.tsx';
import { useMyShifts } from '../hooks.ts';

/** Upcoming (not yet ended) soonest first; past most recent first. */
export function splitShifts(items: readonly MyShift[], now: number = Date.now()): { upcoming: MyShift[]; past: MyShift[] } {
  const upcoming = items.filter((s) => Date.parse(s.endsAt) > now).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = items.filter((s) => Date.parse(s.endsAt) <= now).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}

/** Past shifts pile up over the years: they are shown a page at a time. */
const PAGE_SIZE = 10;

function ShiftList({ items, label }: { items: MyShift[]; label: string }) {
  const [page, setPage] = useState(1);
  const shown = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
        {shown.map((s) => (
          <MyShiftItem key={s.id} item={s} />
        ))}
      </Stack>
      {items.length > PAGE_SIZE && <Pager page={page} pageSize={PAGE_SIZE} total={items.length} onChange={setPage} />}
    </>
  );
}

/** Where to go next: certificates, profile, impact. */
function MoreLinks() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="nav" aria-labelledby="more-heading">
      <Title order={3} size="h4" id="more-heading" mb="xs">
        {t('volunteering:myShifts.more')}
      </Title>
      <Stack gap={6}>
        <Anchor component={Link} to="/me/certificates">{t('volunteering:nav.certificates')}</Anchor>
        <Anchor component={Link} to="/me/impact">{t('volunteering:nav.impact')}</Anchor>
        <Anchor component={Link} to="/me/volunteer-profile">{t('volunteering:nav.profile')}</Anchor>
      </Stack>
    </Paper>
  );
}

/**
 * `/me/volunteering`: my shifts, upcoming and past — cancel, check in with the code, report my
 * hours, where my hours stand — with my calendar feed and links to certificates.
 */
export function MyVolunteeringPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const list = useMyShifts();
  const tab = params.get('tab') === 'past' ? 'past' : 'upcoming';
  const split = list.data ? splitShifts(list.data.items) : null;
  const count = (n: number) => formatNumber(n, i18n.language);

  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={t('volunteering:myShifts.title')}
        description={t('volunteering:myShifts.description')}
        actions={
          <Button component={Link} to="/volunteer" size="sm">
            {t('volunteering:myShifts.find')}
          </Button>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          {list.isPending && <LoadingState />}
          {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {split && list.data!.items.length === 0 && (
            <EmptyState
              title={t('volunteering:myShifts.empty')}
              description={t('volunteering:myShifts.emptyHint')}
              action={
                <Button component={Link} to="/volunteer">
                  {t('volunteering:myShifts.find')}
                </Button>
              }
            />
          )}
          {split && list.data!.items.length > 0 && (
            <Tabs value={tab} onChange={(v) => setParams(v === 'past' ? { tab: 'past' } : {}, { replace: true })} keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="upcoming">{t('volunteering:myShifts.upcoming', { n: count(split.upcoming.length) })}</Tabs.Tab>
                <Tabs.Tab value="past">{t('volunteering:myShifts.past', { n: count(split.past.length) })}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="upcoming">
                {split.upcoming.length ? <ShiftList items={split.upcoming} label={t('volunteering:myShifts.upcomingLabel')} /> : <EmptyState title={t('volunteering:myShifts.noUpcoming')} />}
              </Tabs.Panel>
              <Tabs.Panel value="past">
                {split.past.length ? <ShiftList items={split.past} label={t('volunteering:myShifts.pastLabel')} /> : <EmptyState title={t('volunteering:myShifts.noPast')} />}
              </Tabs.Panel>
            </Tabs>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <CalendarPanel />
            <MoreLinks />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
