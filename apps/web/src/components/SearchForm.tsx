import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link SearchForm}. */
export interface SearchFormProps {
  /** The search landmark's accessible name. */
  formLabel: string;
  label: string;
  description?: string;
  /** The search in force (from the URL); the field follows it when it changes. */
  value: string;
  /** Called with the trimmed text on submit. */
  onSearch: (q: string) => void;
}

/** A list's search box: a labelled search landmark with one field and a "Search" button. */
export function SearchForm({ formLabel, label, description, value, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <form
      role="search"
      aria-label={formLabel}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput label={label} description={description} type="search" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} dir="auto" style={{ flex: '1 1 16rem' }} />
        <Button type="submit">{t('common:search')}</Button>
      </Group>
    </form>
  );
}
