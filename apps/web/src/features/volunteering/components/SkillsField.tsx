import { MultiSelect, Stack, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Skill } from '../api.ts';
import { nameOf } from '../labels.ts';

/** The API's limit on skills in a profile. */
export const MAX_SKILLS = 30;

/**
 * Splits saved skills into those of the shared list (as codes, matched by code or by either
 * name) and free text, so each shows in its own box.
 */
export function splitSkills(saved: readonly string[], list: readonly Skill[]): { listed: string[]; other: string[] } {
  const listed: string[] = [];
  const other: string[] = [];
  for (const value of saved) {
    const v = value.trim();
    const known = list.find((s) => s.code === v || s.nameAr?.trim() === v || s.nameEn?.trim().toLowerCase() === v.toLowerCase());
    if (known) {
      if (!listed.includes(known.code)) listed.push(known.code);
    } else if (v && !other.includes(v)) other.push(v);
  }
  return { listed, other };
}

/**
 * Tags as people enter them: Mantine splits on a typed comma, but pasted or autofilled text keeps
 * its commas (Arabic "،" too), so split, trim and drop repeats here.
 */
export function cleanTags(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((v) => v.split(/[,،;]/)).map((v) => v.trim()).filter(Boolean))];
}

/** Props of {@link SkillsField}. */
export interface SkillsFieldProps {
  list: readonly Skill[];
  listed: string[];
  other: string[];
  onChange: (next: { listed: string[]; other: string[] }) => void;
}

/** Skills: several from the shared bilingual list, plus any others in my own words. */
export function SkillsField({ list, listed, other, onChange }: SkillsFieldProps) {
  const { t, i18n } = useTranslation();
  const room = MAX_SKILLS - listed.length - other.length;
  return (
    <Stack gap="xs">
      {list.length > 0 && (
        <MultiSelect
          label={t('volunteering:profile.skills')}
          description={t('volunteering:profile.skillsHint')}
          data={list.map((s) => ({ value: s.code, label: nameOf(s, i18n.language).text }))}
          value={listed}
          onChange={(codes) => onChange({ listed: codes, other })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('volunteering:profile.clearSkills') }}
          maxValues={listed.length + Math.max(0, room)}
          comboboxProps={{ withinPortal: true }}
          nothingFoundMessage={t('volunteering:profile.noSkillFound')}
        />
      )}
      <TagsInput
        label={list.length > 0 ? t('volunteering:profile.otherSkills') : t('volunteering:profile.skills')}
        description={t('volunteering:profile.otherSkillsHint')}
        value={other}
        onChange={(values) => onChange({ listed, other: cleanTags(values) })}
        maxTags={other.length + Math.max(0, room)}
        splitChars={[',', '،', ';']}
        clearable
        clearButtonProps={{ 'aria-label': t('volunteering:profile.clearOtherSkills') }}
        dir="auto"
      />
    </Stack>
  );
}
