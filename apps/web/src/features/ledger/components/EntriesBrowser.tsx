import { Button, Code, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { LedgerEntry } from '../api.ts';
import { useEntries } from '../hooks.ts';
import { ENTRY_TYPES } from '../roles.ts';
import { ContributionDetailModal } from './ContributionDetailModal.tsx';

/** One entry: sequence, type, time, the start of its hash, its payload on demand. */
function EntryItem({ entry: e, onOpen }: { entry: LedgerEntry; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" data-seq={e.seq}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Text fw={700}>#{formatNumber(e.seq, i18n.language, { useGrouping: false })}</Text>
            <Code dir="ltr">{e.type}</Code>
          </Group>
          <DateText iso={e.createdAt} time hijri={false} size="xs" />
        </Group>
        <Text size="xs" c="dimmed">
          {t('ledger:entries.hash')} <code dir="ltr" title={e.hash}>{e.hash.slice(0, 16)}…</code> · {t('ledger:entries.prev')}{' '}
          <code dir="ltr">{e.prevHash.slice(0, 16)}…</code>
        </Text>
        <details>
          <summary>
            <Text component="span" size="sm">
              {t('ledger:entries.payload')}
            </Text>
          </summary>
          <Code block dir="ltr" className="json-block" mt={4}>
            {JSON.stringify(e.payload, null, 2)}
          </Code>
        </details>
        {e.contributionId && (
          <div>
            <Button size="xs" variant="default" onClick={() => onOpen(e.contributionId!)}>
              {t('ledger:entries.openContribution')}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

/** The ledger entries, newest first, filterable by contribution and type. */
export function EntriesBrowser() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ contributionId: '', type: '' });
  const [filters, setFilters] = useState(draft);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const entries = useEntries({ page, contributionId: filters.contributionId.trim() || undefined, type: filters.type || undefined });

  return (
    <Stack gap="md">
      <form
        aria-label={t('ledger:entries.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
          setPage(1);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('ledger:entries.contributionId')} dir="ltr" value={draft.contributionId} onChange={(e) => setDraft({ ...draft, contributionId: e.currentTarget.value })} />
          <NativeSelect
            label={t('ledger:entries.type')}
            dir="ltr"
            value={draft.type}
            onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value })}
            data={[{ value: '', label: t('ledger:entries.allTypes') }, ...ENTRY_TYPES.map((v) => ({ value: v, label: v }))]}
          />
          <Group align="flex-end" gap="xs">
            <Button type="submit">{t('ledger:entries.apply')}</Button>
            <Button
              variant="default"
              onClick={() => {
                setDraft({ contributionId: '', type: '' });
                setFilters({ contributionId: '', type: '' });
                setPage(1);
              }}
            >
              {t('ledger:entries.clear')}
            </Button>
          </Group>
        </SimpleGrid>
      </form>
      {entries.isPending && <LoadingState />}
      {entries.isError && <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()} />}
      {entries.data?.items.length === 0 && <EmptyState title={t('ledger:entries.empty')} />}
      {entries.data && entries.data.items.length > 0 && (
        <>
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('ledger:entries.title')} aria-busy={entries.isFetching}>
            {entries.data.items.map((e) => (
              <EntryItem key={e.seq} entry={e} onOpen={setOpen} />
            ))}
          </Stack>
          <Pager page={entries.data.page} pageSize={entries.data.pageSize} total={entries.data.total} onChange={setPage} />
        </>
      )}
      <ContributionDetailModal id={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
