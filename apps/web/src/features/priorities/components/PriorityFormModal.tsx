import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useForm } from '../../../lib/form.ts';
import type { Priority } from '../api.ts';
import { useCreatePriority, useUpdatePriority } from '../hooks.ts';
import { priorityShort } from '../labels.ts';
import { priorityFormSchema } from '../schema.ts';
import { Dialog } from './Dialog.tsx';

/** Props of {@link PriorityFormModal}. */
export interface PriorityFormModalProps {
  opened: boolean;
  onClose: () => void;
  frameworkId: string;
  /** Adding: the parent (null for a top-level priority). */
  parent?: Priority | null;
  /** Editing this priority (its code stays). */
  editing?: Priority | null;
}

const blank = (v: string | null | undefined) => v ?? '';

/** Adds a priority to a framework (under a parent or at the top) or edits one, in a dialog. */
export function PriorityFormModal({ opened, onClose, frameworkId, parent, editing }: PriorityFormModalProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const create = useCreatePriority();
  const update = useUpdatePriority();
  const mutation = editing ? update : create;
  const form = useForm({ code: '', titleAr: '', titleEn: '', shortAr: '', shortEn: '', position: '' });
  const { setValues, setCodes } = form;
  const { reset: resetCreate } = create;
  const { reset: resetUpdate } = update;

  useEffect(() => {
    if (!opened) return;
    setCodes({});
    resetCreate();
    resetUpdate();
    setValues({
      code: blank(editing?.code),
      titleAr: blank(editing?.titleAr),
      titleEn: blank(editing?.titleEn),
      shortAr: blank(editing?.shortAr),
      shortEn: blank(editing?.shortEn),
      position: editing ? String(editing.position) : '',
    });
  }, [opened, editing, setValues, setCodes, resetCreate, resetUpdate]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const v = form.validate(priorityFormSchema);
    if (!v) return;
    const fields = { titleAr: v.titleAr, titleEn: v.titleEn, shortAr: v.shortAr ?? null, shortEn: v.shortEn ?? null, ...(v.position !== undefined && { position: v.position }) };
    try {
      if (editing) await update.mutateAsync({ id: editing.id, ...fields });
      else await create.mutateAsync({ frameworkId, parentId: parent?.id ?? null, code: v.code, ...fields });
      notify({ message: t(editing ? 'priorities:tree.saved' : 'priorities:tree.added') });
      onClose();
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  const title = editing
    ? t('priorities:tree.editTitle', { code: editing.code })
    : parent
      ? t('priorities:tree.addUnder', { name: priorityShort(parent, i18n.language) })
      : t('priorities:tree.addTop');
  return (
    <Dialog opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('priorities:fields.code')} required dir="ltr" disabled={Boolean(editing)} maxLength={40} {...form.text('code')} />
            <TextInput label={t('priorities:fields.position')} description={t('priorities:fields.positionHint')} inputMode="numeric" dir="ltr" {...form.text('position')} />
          </SimpleGrid>
          <Textarea label={t('priorities:fields.titleAr')} required dir="rtl" lang="ar" autosize minRows={2} {...form.text('titleAr')} />
          <Textarea label={t('priorities:fields.titleEn')} required dir="ltr" lang="en" autosize minRows={2} {...form.text('titleEn')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('priorities:fields.shortAr')} dir="rtl" lang="ar" maxLength={200} {...form.text('shortAr')} />
            <TextInput label={t('priorities:fields.shortEn')} dir="ltr" lang="en" maxLength={200} {...form.text('shortEn')} />
          </SimpleGrid>
          <ErrorAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
