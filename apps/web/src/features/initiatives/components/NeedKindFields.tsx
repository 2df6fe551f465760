import { Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPERTISE_LEVELS, GIVING_DESIGNATIONS, KNOWLEDGE_FORMATS } from '../../../../../../packages/shared/src/enums.ts';
import type { NeedFormValues } from '../need-input.ts';

/** What the need form hands to the kind's fields. */
export interface KindFieldsProps {
  values: NeedFormValues;
  text: (name: keyof NeedFormValues & string) => { name: string; value: string; onChange: (e: { currentTarget: { value: string } }) => void; error?: string };
  setValue: (name: keyof NeedFormValues & string, value: unknown) => void;
  error: (name: string) => string | undefined;
}

/** The fields only one kind of need has: amount and designations, hours and role, skill, format, item. */
export function NeedKindFields({ values, text, setValue, error }: KindFieldsProps) {
  const { t } = useTranslation();
  const number = { inputMode: 'numeric' as const, dir: 'ltr' as const, required: true };
  switch (values.kind) {
    case 'money':
      return (
        <Stack gap="sm">
          <TextInput label={t('initiatives:needForm.amount')} description={t('initiatives:needForm.amountHint')} inputMode="decimal" dir="ltr" required {...text('amount')} />
          <Checkbox.Group label={t('initiatives:needForm.designations')} description={t('initiatives:needForm.designationsHint')} value={values.designations} onChange={(v) => setValue('designations', v)} error={error('designations')}>
            <Group gap="md" mt={6}>
              {GIVING_DESIGNATIONS.map((d) => <Checkbox key={d} value={d} label={t(`enums:givingDesignation.${d}`)} />)}
            </Group>
          </Checkbox.Group>
          <Radio.Group label={t('initiatives:needForm.capMode')} value={values.capMode} onChange={(v) => setValue('capMode', v)}>
            <Stack gap={6} mt={6}>
              {(['reject', 'cap', 'open'] as const).map((m) => <Radio key={m} value={m} label={t(`initiatives:capMode.${m}`)} />)}
            </Stack>
          </Radio.Group>
        </Stack>
      );
    case 'time':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('initiatives:needForm.hours')} {...number} {...text('hours')} />
          <TextInput label={t('initiatives:needForm.roleAr')} dir="rtl" lang="ar" maxLength={120} {...text('roleAr')} />
          <TextInput label={t('initiatives:needForm.roleEn')} dir="ltr" lang="en" maxLength={120} {...text('roleEn')} />
        </SimpleGrid>
      );
    case 'expertise':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('initiatives:needForm.skill')} dir="auto" required maxLength={120} {...text('skill')} />
          <NativeSelect label={t('initiatives:needForm.level')} data={EXPERTISE_LEVELS.map((l) => ({ value: l, label: t(`enums:expertiseLevel.${l}`) }))} {...text('level')} />
          <TextInput label={t('initiatives:needForm.hours')} {...number} {...text('hours')} />
        </SimpleGrid>
      );
    case 'knowledge':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label={t('initiatives:needForm.format')} data={KNOWLEDGE_FORMATS.map((f) => ({ value: f, label: t(`enums:knowledgeFormat.${f}`) }))} {...text('format')} />
          <NativeSelect label={t('initiatives:needForm.unit')} data={(['sessions', 'hours'] as const).map((u) => ({ value: u, label: t(`initiatives:needForm.units.${u}`) }))} {...text('unit')} />
          <TextInput label={t('initiatives:needForm.target')} {...number} {...text('target')} />
        </SimpleGrid>
      );
    case 'in_kind':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('initiatives:needForm.item')} dir="auto" required maxLength={200} {...text('item')} />
          <TextInput label={t('initiatives:needForm.quantity')} {...number} {...text('quantity')} />
          <TextInput label={t('initiatives:needForm.itemUnit')} description={t('initiatives:needForm.itemUnitHint')} dir="auto" maxLength={40} {...text('itemUnit')} />
          <TextInput label={t('initiatives:needForm.valueEach')} description={t('initiatives:needForm.valueEachHint')} inputMode="decimal" dir="ltr" {...text('valueEach')} />
        </SimpleGrid>
      );
  }
}
