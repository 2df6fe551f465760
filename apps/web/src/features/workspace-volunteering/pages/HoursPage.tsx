import { Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { organisationName } from '../../organisations/names.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import type { BulkResult } from '../api.ts';
import { AttendanceCard, countedMinutes } from '../components/AttendanceCard.tsx';
import { BulkResultSummary, BulkVerifyBar } from '../components/BulkVerifyBar.tsx';
import { GulfTimeNote } from '../components/GulfTimeNote.tsx';
import { VolunteeringTabs } from '../components/VolunteeringTabs.tsx';
import { useAttendanceList, useBulkVerify, useHourRate } from '../hooks.ts';

/** Filter tabs → the API's `status` (`pending` is everything still awaiting a decision, flagged included). */
const TABS = { review: 'pending', flagged: 'flagged', verified: 'verified', rejected: 'rejected' } as const;
type Tab = keyof typeof TABS;
const OPEN = ['present', 'claimed', 'flagged'];

/**
 * `/workspace/:orgId/volunteering/hours`: volunteers' hours to verify across every shift — the
 * organiser's record and the volunteer's report side by side, flags explained, one-by-one
 * decisions and "verify selected" for the plain ones.
 */
export function HoursPage() {
  const { t, i18n } = useTranslation();
  const { org, can } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (Object.keys(TABS) as Tab[]).find((k) => k === params.get('status')) ?? 'review';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useAttendanceList(org.id, TABS[tab], page);
  const bulk = useBulkVerify(org.id);
  const rate = useHourRate();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<BulkResult | null>(null);
  const manage = can('manager');
  const title = t('workspaceVolunteering:hours.title');
  const selectable = (list.data?.items ?? []).filter((r) => OPEN.includes(r.status) && countedMinutes(r) !== null).map((r) => r.id);

  function go(next: { status?: Tab; page?: number }) {
    const p = new URLSearchParams();
    const status = next.status ?? tab;
    if (status !== 'review') p.set('status', status);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p, { replace: true });
    setSelected(new Set());
  }

  function toggle(id: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function verifySelected() {
    setResult(null);
    try {
      const done = await bulk.mutateAsync([...selected].filter((id) => selectable.includes(id)));
      setResult(done);
      setSelected(new Set());
    } catch {
      // Shown under the bar.
    }
  }

  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={title}
        documentTitle={`${title} · ${organisationName(org, i18n.language).text}`}
        description={rate !== null ? t('workspaceVolunteering:hours.descriptionRate', { rate: formatMoney(rate, 'AED', i18n.language) }) : t('workspaceVolunteering:hours.description')}
      />
      <VolunteeringTabs orgId={org.id} />
      <Tabs value={tab} onChange={(v) => go({ status: (v as Tab) ?? 'review' })} keepMounted={false}>
        <Tabs.List>
          {(Object.keys(TABS) as Tab[]).map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`workspaceVolunteering:hours.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab} pt="md">
          <Stack gap="sm">
            <GulfTimeNote />
            {result && <BulkResultSummary result={result} onClose={() => setResult(null)} />}
            {manage && (tab === 'review' || tab === 'flagged') && selectable.length > 0 && (
              <BulkVerifyBar
                selectable={selectable}
                selected={selected}
                onSelectAll={(on) => setSelected(on ? new Set(selectable) : new Set())}
                onVerify={() => void verifySelected()}
                pending={bulk.isPending}
                error={bulk.error}
              />
            )}
            {list.isPending && <LoadingState />}
            {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
            {list.data?.items.length === 0 && <EmptyState title={t(`workspaceVolunteering:hours.empty.${tab}`)} />}
            {list.data && list.data.items.length > 0 && (
              <>
                <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t(`workspaceVolunteering:hours.tabs.${tab}`)} aria-busy={list.isFetching}>
                  {list.data.items.map((r) => (
                    <AttendanceCard key={r.id} record={r} manage={manage} selected={selected.has(r.id)} onSelect={(on) => toggle(r.id, on)} rate={rate} />
                  ))}
                </Stack>
                <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={(p) => go({ page: p })} />
              </>
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
