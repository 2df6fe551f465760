import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useForm } from '../../../lib/form.ts';
import { NEED_KINDS, type NeedKind } from '../../../../../../packages/shared/src/enums.ts';
import { useAddNeed } from '../hooks.ts';
import { blankNeed, buildNeed, type NeedFormValues } from '../need-input.ts';
import { NeedKindFields } from './NeedKindFields.tsx';

/** API field names → the form fields that hold them. */
const SERVER_FIELDS: Record<string, string> = { targetFils: 'amount', targetHours: 'hours', estimatedValueFils: 'valueEach' };

/**
 * Adds a need: choose its kind, then the kind's quantity and details (money in dirhams, sent as
 * fils), optional titles, deadline and notes.
 */
export function NeedForm({ initiativeId, onDone }: { initiativeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const add = useAddNeed(initiativeId);
  const form = useForm<NeedFormValues>(blankNeed('money'));
  const { values, codes } = form;
  const error = (name: string) => (codes[name] ? fieldMessage(t, codes[name]) : undefined);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const built = buildNeed(values);
    if ('codes' in built) return form.setCodes(built.codes);
    form.setCodes({});
    try {
      await add.mutateAsync(built.body);
      notify({ message: t('initiatives:needs.added') });
      form.setValues(blankNeed(values.kind));
      onDone();
    } catch (err) {
      form.setCodes(Object.fromEntries(Object.entries(fieldCodesOf(err)).map(([k, v]) => [SERVER_FIELDS[k] ?? k, v])));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="need-form">
      <Stack gap="sm">
        <NativeSelect
          label={t('initiatives:needForm.kind')}
          value={values.kind}
          onChange={(e) => {
            const kind = e.currentTarget.value as NeedKind;
            form.setValues((v) => ({ ...v, kind }));
            form.setCodes({});
          }}
          data={NEED_KINDS.map((k) => ({ value: k, label: t(`enums:needKind.${k}`) }))}
        />
        <NeedKindFields values={values} text={form.text} setValue={(n, v) => form.setValue(n, v as never)} error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('initiatives:needForm.titleAr')} dir="rtl" lang="ar" maxLength={200} {...form.text('titleAr')} />
          <TextInput label={t('initiatives:needForm.titleEn')} dir="ltr" lang="en" maxLength={200} {...form.text('titleEn')} />
          <TextInput label={t('initiatives:needForm.deadline')} type="date" {...form.text('deadline')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('initiatives:needForm.publicNote')} description={t('initiatives:needForm.publicNoteHint')} dir="auto" autosize minRows={2} maxLength={2000} {...form.text('publicNote')} />
          <Textarea label={t('initiatives:needForm.privateNote')} description={t('initiatives:needForm.privateNoteHint')} dir="auto" autosize minRows={2} maxLength={2000} {...form.text('privateNote')} />
        </SimpleGrid>
        <ErrorAlert error={add.error} />
        <Group>
          <Button type="submit" loading={add.isPending}>{t('initiatives:needs.add')}</Button>
          <Button variant="default" onClick={onDone}>{t('common:cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
