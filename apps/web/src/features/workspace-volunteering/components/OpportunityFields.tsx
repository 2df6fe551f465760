import { MultiSelect, NativeSelect, Radio, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EMIRATES } from '../../../../../../packages/shared/src/enums.ts';
import { AUDIENCES, type Audience } from '../api.ts';
import { useSkills } from '../hooks.ts';
import { COMMON_LANGUAGES, languageName } from '../labels.ts';
import type { OpportunityFormValues } from '../opportunity-input.ts';

type Text = (name: keyof OpportunityFormValues & string) => { name: string; value: string; onChange: (e: { currentTarget: { value: string } }) => void; error?: string };

/** Props of the field groups of the opportunity form. */
interface FieldsProps {
  values: OpportunityFormValues;
  text: Text;
  setValue: <K extends keyof OpportunityFormValues>(name: K, value: OpportunityFormValues[K]) => void;
  error: (name: string) => string | undefined;
}

/** Where: emirate, area in both languages, address and an optional map point. */
export function PlaceFields({ text }: Pick<FieldsProps, 'text'>) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <NativeSelect
        label={t('workspaceVolunteering:form.emirate')}
        required
        {...text('emirate')}
        data={[{ value: '', label: t('common:choose') }, ...EMIRATES.map((e) => ({ value: e, label: t(`enums:emirate.${e}`) }))]}
      />
      <TextInput label={t('workspaceVolunteering:form.address')} dir="auto" maxLength={300} {...text('address')} />
      <TextInput label={t('workspaceVolunteering:form.areaAr')} dir="rtl" lang="ar" maxLength={120} {...text('areaAr')} />
      <TextInput label={t('workspaceVolunteering:form.areaEn')} dir="ltr" lang="en" maxLength={120} {...text('areaEn')} />
      <TextInput label={t('workspaceVolunteering:form.latitude')} description={t('workspaceVolunteering:form.coordinatesHint')} inputMode="decimal" dir="ltr" {...text('latitude')} />
      <TextInput label={t('workspaceVolunteering:form.longitude')} description={t('workspaceVolunteering:form.coordinatesHint')} inputMode="decimal" dir="ltr" {...text('longitude')} />
    </SimpleGrid>
  );
}

/** Who: skills (from the list or typed), languages, minimum age and audience. */
export function PeopleFields({ values, text, setValue, error }: FieldsProps) {
  const { t, i18n } = useTranslation();
  const skills = useSkills();
  const lang = i18n.language;
  const suggestions = (skills.data?.items ?? []).map((s) => (lang === 'en' ? s.nameEn : s.nameAr) || s.nameEn || s.nameAr);
  const languages = [...new Set([...COMMON_LANGUAGES, ...values.languages])].map((code) => ({ value: code, label: languageName(code, lang) }));
  return (
    <Stack gap="sm">
      <TagsInput
        label={t('workspaceVolunteering:form.skills')}
        description={t('workspaceVolunteering:form.skillsHint')}
        data={suggestions}
        value={values.skills}
        onChange={(v) => setValue('skills', v)}
        maxTags={20}
        clearable
        error={error('skills')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MultiSelect
          label={t('workspaceVolunteering:form.languages')}
          data={languages}
          value={values.languages}
          onChange={(v) => setValue('languages', v)}
          searchable
          clearable
          maxValues={10}
          error={error('languages')}
        />
        <TextInput label={t('workspaceVolunteering:form.minAge')} description={t('workspaceVolunteering:form.minAgeHint')} inputMode="numeric" dir="ltr" maxLength={3} {...text('minAge')} />
      </SimpleGrid>
      <Radio.Group label={t('workspaceVolunteering:form.audience')} value={values.audience} onChange={(v) => setValue('audience', v as Audience)}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" mt="xs">
          {AUDIENCES.map((a) => (
            <Radio key={a} value={a} label={t(`workspaceVolunteering:audience.${a}`)} />
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}
