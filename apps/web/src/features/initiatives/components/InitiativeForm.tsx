import { Button, Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useForm } from '../../../lib/form.ts';
import { BENEFICIARY_GROUPS, EMIRATES, type BeneficiaryGroup } from '../../../../../../packages/shared/src/enums.ts';
import { PriorityPicker, type PickedPriority } from '../../priorities/components/PriorityPicker.tsx';
import type { Initiative, InitiativeInput } from '../api.ts';
import { initiativeFormSchema } from '../schema.ts';

/** Props of {@link InitiativeForm}. */
export interface InitiativeFormProps {
  /** The initiative being edited; absent when drafting a new one. */
  initial?: Initiative;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Receives the checked values; throw to keep the form (server field errors show). */
  onSubmit: (values: InitiativeInput) => Promise<void>;
}

const blank = (v: string | null | undefined) => v ?? '';

/**
 * Writes an initiative: titles, summaries and descriptions in Arabic and English (one title is
 * enough), emirate and area, dates, beneficiary groups and the priorities it serves.
 */
export function InitiativeForm({ initial, submitLabel, pending, error, onSubmit }: InitiativeFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    titleAr: blank(initial?.titleAr),
    titleEn: blank(initial?.titleEn),
    summaryAr: blank(initial?.summaryAr),
    summaryEn: blank(initial?.summaryEn),
    descriptionAr: blank(initial?.descriptionAr),
    descriptionEn: blank(initial?.descriptionEn),
    emirate: initial?.emirate ?? '',
    areaAr: blank(initial?.areaAr),
    areaEn: blank(initial?.areaEn),
    startDate: blank(initial?.startDate),
    endDate: blank(initial?.endDate),
    beneficiaryGroups: (initial?.beneficiaryGroups ?? []) as BeneficiaryGroup[],
    priorities: (initial?.priorities ?? []) as PickedPriority[],
  });
  const { values, setValue, codes } = form;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const { priorities, ...rest } = values;
    const parsed = form.validate(initiativeFormSchema, { ...rest, priorityIds: priorities.map((p) => p.id) });
    if (!parsed) return;
    try {
      await onSubmit(parsed);
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  const choose = { value: '', label: t('common:choose'), disabled: true };
  const ar = { dir: 'rtl' as const, lang: 'ar' };
  const en = { dir: 'ltr' as const, lang: 'en' };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Fieldset legend={t('initiatives:form.texts')} variant="unstyled">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">{t('initiatives:form.titleHint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('initiatives:fields.titleAr')} maxLength={200} {...ar} {...form.text('titleAr')} />
              <TextInput label={t('initiatives:fields.titleEn')} maxLength={200} {...en} {...form.text('titleEn')} />
              <Textarea label={t('initiatives:fields.summaryAr')} autosize minRows={2} maxLength={500} {...ar} {...form.text('summaryAr')} />
              <Textarea label={t('initiatives:fields.summaryEn')} autosize minRows={2} maxLength={500} {...en} {...form.text('summaryEn')} />
              <Textarea label={t('initiatives:fields.descriptionAr')} autosize minRows={4} maxRows={14} {...ar} {...form.text('descriptionAr')} />
              <Textarea label={t('initiatives:fields.descriptionEn')} autosize minRows={4} maxRows={14} {...en} {...form.text('descriptionEn')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('initiatives:fields.emirate')}
            required
            data={[choose, ...EMIRATES.map((v) => ({ value: v, label: t(`enums:emirate.${v}`) }))]}
            {...form.text('emirate')}
          />
          <TextInput label={t('initiatives:fields.areaAr')} maxLength={120} {...ar} {...form.text('areaAr')} />
          <TextInput label={t('initiatives:fields.areaEn')} maxLength={120} {...en} {...form.text('areaEn')} />
          <TextInput label={t('initiatives:fields.startDate')} type="date" {...form.text('startDate')} />
          <TextInput label={t('initiatives:fields.endDate')} type="date" {...form.text('endDate')} />
        </SimpleGrid>
        <MultiSelect
          label={t('initiatives:fields.beneficiaryGroups')}
          data={BENEFICIARY_GROUPS.map((g) => ({ value: g, label: t(`enums:beneficiaryGroup.${g}`) }))}
          value={values.beneficiaryGroups}
          onChange={(v) => setValue('beneficiaryGroups', v as BeneficiaryGroup[])}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('initiatives:form.clearGroups') }}
          nothingFoundMessage={t('initiatives:form.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
        <PriorityPicker
          label={t('initiatives:fields.priorities')}
          description={t('initiatives:form.prioritiesHint')}
          required
          value={values.priorities}
          onChange={(v) => {
            setValue('priorities', v);
            form.setCodes(({ priorityIds: _cleared, ...rest }) => rest);
          }}
          error={codes.priorityIds ? fieldMessage(t, codes.priorityIds) : undefined}
          data-testid="priority-picker"
        />
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
