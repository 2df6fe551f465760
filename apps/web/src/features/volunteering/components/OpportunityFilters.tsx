import { Autocomplete, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMIRATES } from '../../../../../../packages/shared/src/enums.ts';
import { PriorityPicker } from '../../priorities/components/PriorityPicker.tsx';
import { usePriority } from '../../priorities/hooks.ts';
import type { Skill } from '../api.ts';
import { useSkills } from '../hooks.ts';
import { LANGUAGE_CODES, languageName, nameOf, skillLabel } from '../labels.ts';

/** The filters as they appear in the URL (`skill` is a code from the list, or free text). */
export interface OpportunityFilterValues {
  emirate: string;
  from: string;
  to: string;
  skill: string;
  language: string;
  priority: string;
}

/** Keys of {@link OpportunityFilterValues}, in URL order. */
export const FILTER_KEYS = ['emirate', 'from', 'to', 'skill', 'language', 'priority'] as const;

/** What to send for a typed skill: the list's code when it names a listed skill, else the text. */
export function skillQueryOf(typed: string, skills: readonly Skill[]): string {
  const text = typed.trim();
  const lower = text.toLowerCase();
  const known = skills.find((s) => s.code.toLowerCase() === lower || s.nameAr?.trim() === text || s.nameEn?.trim().toLowerCase() === lower);
  return known ? known.code : text;
}

/** Props of {@link OpportunityFilters}. */
export interface OpportunityFiltersProps {
  values: OpportunityFilterValues;
  onChange: (next: Partial<OpportunityFilterValues>) => void;
}

/**
 * Filters of the opportunity list: priority (any level; the API rolls up), emirate, a date
 * range of shifts, a skill (from the shared list, or any text) and a language.
 */
export function OpportunityFilters({ values, onChange }: OpportunityFiltersProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const skills = useSkills();
  const list = skills.data?.items ?? [];
  const picked = usePriority(values.priority);
  const shownSkill = values.skill ? skillLabel(values.skill, list, lang).text : '';
  const [skillDraft, setSkillDraft] = useState(shownSkill);
  useEffect(() => setSkillDraft(shownSkill), [shownSkill]);
  // Typing a skill asks the server at most once per pause, not once per letter.
  const commitSkill = useDebouncedCallback((text: string) => onChange({ skill: skillQueryOf(text, list) }), 500);
  const all = (label: string) => ({ value: '', label });
  const pick = (name: keyof OpportunityFilterValues) => (e: React.ChangeEvent<HTMLSelectElement | HTMLInputElement>) => onChange({ [name]: e.currentTarget.value });
  const languages = [...new Set([...LANGUAGE_CODES, ...(values.language ? [values.language] : [])])];

  return (
    <Stack gap="sm">
      <PriorityPicker
        multiple={false}
        label={t('volunteering:filters.priority')}
        description={t('volunteering:filters.priorityHint')}
        value={picked.data && values.priority ? [picked.data.priority] : []}
        onChange={(chosen) => onChange({ priority: chosen[0]?.id ?? '' })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <NativeSelect
          label={t('volunteering:filters.emirate')}
          value={values.emirate}
          onChange={pick('emirate')}
          data={[all(t('volunteering:filters.allEmirates')), ...EMIRATES.map((v) => ({ value: v, label: t(`enums:emirate.${v}`) }))]}
        />
        <TextInput type="date" label={t('volunteering:filters.from')} value={values.from} onChange={pick('from')} />
        <TextInput type="date" label={t('volunteering:filters.to')} value={values.to} min={values.from || undefined} onChange={pick('to')} />
        <Autocomplete
          label={t('volunteering:filters.skill')}
          description={t('volunteering:filters.skillHint')}
          data={list.map((s) => nameOf(s, lang).text)}
          value={skillDraft}
          onChange={(text) => {
            setSkillDraft(text);
            commitSkill(text);
          }}
          onOptionSubmit={(text) => onChange({ skill: skillQueryOf(text, list) })}
          dir="auto"
          clearable
          clearButtonProps={{ 'aria-label': t('volunteering:filters.clearSkill') }}
          comboboxProps={{ withinPortal: true }}
        />
        <NativeSelect
          label={t('volunteering:filters.language')}
          value={values.language}
          onChange={pick('language')}
          data={[all(t('volunteering:filters.allLanguages')), ...languages.map((code) => ({ value: code, label: languageName(code, lang) }))]}
        />
      </SimpleGrid>
    </Stack>
  );
}
