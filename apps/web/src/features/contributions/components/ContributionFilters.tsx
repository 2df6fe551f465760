import { Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ContributionStatus, GivingDesignation, NeedKind } from '../../../../../../packages/shared/src/enums.ts';
import type { ContributionQuery } from '../api.ts';
import { DESIGNATIONS, KINDS, STATUSES } from '../labels.ts';

const FILTERS = ['kind', 'status', 'designation', 'from', 'to'] as const;

/**
 * The list filters kept in the address (so a filtered list can be shared or reloaded): kind,
 * status, designation, a date range, and the page.
 * @param prefix distinguishes two lists on one page ("p" for pending pledges)
 */
export function useContributionQuery(prefix = ''): { query: ContributionQuery; set: (next: Partial<Record<string, string>>) => void; clear: () => void; filtered: boolean } {
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(prefix + k) ?? '';
  const query: ContributionQuery = {
    page: Math.max(1, Number(get('page')) || 1),
    kind: get('kind') as NeedKind | '',
    status: get('status') as ContributionStatus | '',
    designation: get('designation') as GivingDesignation | '',
    from: get('from'),
    to: get('to'),
  };
  function set(next: Partial<Record<string, string>>) {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(prefix + k, v);
      else merged.delete(prefix + k);
    }
    setParams(merged, { replace: true });
  }
  const clear = () => set(Object.fromEntries([...FILTERS, 'page'].map((k) => [k, ''])));
  return { query, set, clear, filtered: FILTERS.some((k) => get(k)) };
}

/** Props of {@link ContributionFilters}. */
export interface ContributionFiltersProps {
  query: ContributionQuery;
  onChange: (next: Partial<Record<string, string>>) => void;
  onClear: () => void;
  filtered: boolean;
  /** Leave the status filter out (a list that is already one status). */
  hideStatus?: boolean;
}

/** Kind, status, designation and date-range filters of a contribution list. */
export function ContributionFilters({ query, onChange, onClear, filtered, hideStatus }: ContributionFiltersProps) {
  const { t } = useTranslation();
  const all = { value: '', label: t('contributions:filters.all') };
  const pick = (name: string) => (e: React.ChangeEvent<HTMLSelectElement | HTMLInputElement>) => onChange({ [name]: e.currentTarget.value, page: '' });
  return (
    <Stack gap="xs" component="form" aria-label={t('contributions:filters.label')} onSubmit={(e) => e.preventDefault()}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: hideStatus ? 4 : 5 }} spacing="sm">
        <NativeSelect label={t('contributions:filters.kind')} value={query.kind} onChange={pick('kind')} data={[all, ...KINDS.map((k) => ({ value: k, label: t(`contributions:kind.${k}`) }))]} />
        {!hideStatus && (
          <NativeSelect label={t('contributions:filters.status')} value={query.status} onChange={pick('status')} data={[all, ...STATUSES.map((s) => ({ value: s, label: t(`contributions:status.${s}`) }))]} />
        )}
        <NativeSelect
          label={t('contributions:filters.designation')}
          value={query.designation}
          onChange={pick('designation')}
          data={[all, ...DESIGNATIONS.map((d) => ({ value: d, label: t(`contributions:designation.${d}`) }))]}
        />
        <TextInput type="date" label={t('contributions:filters.from')} value={query.from} onChange={pick('from')} />
        <TextInput type="date" label={t('contributions:filters.to')} value={query.to} onChange={pick('to')} />
      </SimpleGrid>
      {filtered && (
        <div>
          <Button variant="default" size="xs" onClick={onClear}>
            {t('contributions:filters.clear')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
