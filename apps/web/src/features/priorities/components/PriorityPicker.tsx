import { MultiSelect, Select, Stack, Text, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../api.ts';
import { useFrameworks, usePrioritySearch } from '../hooks.ts';
import { frameworkName, priorityLabel } from '../labels.ts';

/** A priority as the picker holds it (any shape with the priority's fields). */
export type PickedPriority = Priority;

/** Props of {@link PriorityPicker}. */
export interface PriorityPickerProps {
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
  value: PickedPriority[];
  onChange: (value: PickedPriority[]) => void;
  /** Pick several (default) or one. */
  multiple?: boolean;
  /** Search one framework only. */
  frameworkId?: string;
  /** Accessible name when the visible label is not enough. */
  'data-testid'?: string;
}

/**
 * Searches priorities of every framework (Arabic or English, by code or title) and picks one or
 * several. Results come from the API as you type; each shows its framework.
 */
export function PriorityPicker({ label, description, error, required, value, onChange, multiple = true, frameworkId, ...rest }: PriorityPickerProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const frameworks = useFrameworks();
  const names = useMemo(() => new Map((frameworks.data?.items ?? []).map((f) => [f.id, frameworkName(f, i18n.language)])), [frameworks.data, i18n.language]);
  const labelOf = (p: PickedPriority) => `${names.get(p.frameworkId) ?? ''} › ${priorityLabel(p, i18n.language)}`;
  // A single picker shows the chosen item's label in its box; that is not a search (and the API takes ≤ 100 characters).
  const typed = value.some((p) => labelOf(p) === search) ? '' : search.trim().slice(0, 100);
  const [debounced] = useDebouncedValue(typed, 250);
  const found = usePrioritySearch(debounced, frameworkId);

  const known = useMemo(() => {
    const map = new Map<string, PickedPriority>(value.map((p) => [p.id, p]));
    for (const p of found.data?.items ?? []) if (!map.has(p.id)) map.set(p.id, p);
    return map;
  }, [value, found.data]);
  const data: ComboboxItem[] = [...known.values()].map((p) => ({ value: p.id, label: labelOf(p) }));

  const renderOption = ({ option }: { option: ComboboxItem }) => {
    const p = known.get(option.value);
    if (!p) return option.label;
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed">{names.get(p.frameworkId)}</Text>
        <Text size="sm">{priorityLabel(p, i18n.language)}</Text>
      </Stack>
    );
  };
  const nothingFound = debounced && !found.isFetching ? t('priorities:picker.nothingFound') : debounced ? t('common:loading') : t('priorities:picker.typeToSearch');
  const common = {
    label,
    description: description ?? t('priorities:picker.hint'),
    error,
    required,
    data,
    searchable: true,
    searchValue: search,
    onSearchChange: setSearch,
    filter: (({ options }) => options) as OptionsFilter<string>,
    renderOption,
    nothingFoundMessage: nothingFound,
    maxDropdownHeight: 320,
    comboboxProps: { withinPortal: true },
    'data-testid': rest['data-testid'],
  };

  if (multiple) {
    return (
      <MultiSelect
        {...common}
        value={value.map((p) => p.id)}
        onChange={(ids) => {
          onChange(ids.map((id) => known.get(id)).filter((p): p is PickedPriority => Boolean(p)));
          setSearch('');
        }}
        clearable
        clearButtonProps={{ 'aria-label': t('priorities:picker.clear') }}
      />
    );
  }
  return (
    <Select
      {...common}
      value={value[0]?.id ?? null}
      onChange={(id) => onChange(id && known.get(id) ? [known.get(id)!] : [])}
      clearable
      clearButtonProps={{ 'aria-label': t('priorities:picker.clear') }}
    />
  );
}
