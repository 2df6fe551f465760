import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useForm } from '../../../lib/form.ts';
import { EMIRATES, ORGANISATION_TYPES } from '../../../../../../packages/shared/src/enums.ts';
import { LIMITS } from '../../../../../../packages/shared/src/validation.ts';
import type { Organisation } from '../api.ts';
import { organisationFormSchema, type OrganisationFormOutput } from '../schema.ts';

/** Props of {@link OrganisationForm}. */
export interface OrganisationFormProps {
  /** The organisation being edited; absent when creating. */
  initial?: Organisation;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Receives the checked values; throw to keep the form as it is (server field errors show). */
  onSubmit: (values: OrganisationFormOutput) => Promise<void>;
}

const blank = (v: string | null | undefined) => v ?? '';

/** Create or edit an organisation: type, Arabic and English names and descriptions, emirate, website. */
export function OrganisationForm({ initial, submitLabel, pending, error, onSubmit }: OrganisationFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    type: initial?.type ?? '',
    nameAr: blank(initial?.nameAr),
    nameEn: blank(initial?.nameEn),
    descriptionAr: blank(initial?.descriptionAr),
    descriptionEn: blank(initial?.descriptionEn),
    emirate: initial?.emirate ?? '',
    website: blank(initial?.website),
  });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const values = form.validate(organisationFormSchema);
    if (!values) return;
    try {
      await onSubmit(values);
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  const choose = { value: '', label: t('common:choose'), disabled: true };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('organisations:fields.type')}
            required
            data={[choose, ...ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`enums:organisationType.${v}`) }))]}
            {...form.text('type')}
          />
          <NativeSelect
            label={t('organisations:fields.emirate')}
            required
            data={[choose, ...EMIRATES.map((v) => ({ value: v, label: t(`enums:emirate.${v}`) }))]}
            {...form.text('emirate')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organisations:fields.nameAr')}
            description={t('organisations:fields.nameHint')}
            dir="rtl"
            lang="ar"
            maxLength={LIMITS.nameMax}
            {...form.text('nameAr')}
          />
          <TextInput label={t('organisations:fields.nameEn')} dir="ltr" lang="en" maxLength={LIMITS.nameMax} {...form.text('nameEn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('organisations:fields.descriptionAr')} dir="rtl" lang="ar" autosize minRows={3} maxRows={10} {...form.text('descriptionAr')} />
          <Textarea label={t('organisations:fields.descriptionEn')} dir="ltr" lang="en" autosize minRows={3} maxRows={10} {...form.text('descriptionEn')} />
        </SimpleGrid>
        <TextInput label={t('organisations:fields.website')} type="url" dir="ltr" placeholder="https://" maxLength={LIMITS.urlMax} {...form.text('website')} />
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
