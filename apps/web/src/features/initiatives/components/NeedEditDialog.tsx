import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useForm } from '../../../lib/form.ts';
import { Dialog } from '../../priorities/components/Dialog.tsx';
import type { Need } from '../api.ts';
import { useUpdateNeed } from '../hooks.ts';
import { needTextsSchema } from '../schema.ts';

const blank = (v: string | null | undefined) => v ?? '';

/** Edits a need's titles, deadline and notes (its kind and quantity are fixed once created). */
export function NeedEditDialog({ initiativeId, need, onClose }: { initiativeId: string; need: Need | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateNeed(initiativeId);
  const form = useForm({ titleAr: '', titleEn: '', deadline: '', publicNote: '', privateNote: '' });
  const { setValues, setCodes } = form;
  const { reset } = update;

  useEffect(() => {
    if (!need) return;
    reset();
    setCodes({});
    setValues({ titleAr: blank(need.titleAr), titleEn: blank(need.titleEn), deadline: blank(need.deadline), publicNote: blank(need.publicNote), privateNote: blank(need.privateNote) });
  }, [need, setValues, setCodes, reset]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const values = form.validate(needTextsSchema);
    if (!values || !need) return;
    try {
      await update.mutateAsync({ needId: need.id, ...values });
      notify({ message: t('initiatives:needs.saved') });
      onClose();
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <Dialog opened={need !== null} onClose={onClose} title={t('initiatives:needs.editTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('initiatives:needForm.titleAr')} dir="rtl" lang="ar" maxLength={200} {...form.text('titleAr')} />
            <TextInput label={t('initiatives:needForm.titleEn')} dir="ltr" lang="en" maxLength={200} {...form.text('titleEn')} />
          </SimpleGrid>
          <TextInput label={t('initiatives:needForm.deadline')} type="date" {...form.text('deadline')} />
          <Textarea label={t('initiatives:needForm.publicNote')} dir="auto" autosize minRows={2} maxLength={2000} {...form.text('publicNote')} />
          <Textarea label={t('initiatives:needForm.privateNote')} dir="auto" autosize minRows={2} maxLength={2000} {...form.text('privateNote')} />
          <ErrorAlert error={update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:cancel')}</Button>
            <Button type="submit" loading={update.isPending}>{t('common:save')}</Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
