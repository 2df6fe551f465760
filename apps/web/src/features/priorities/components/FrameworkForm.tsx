import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useForm } from '../../../lib/form.ts';
import { FRAMEWORK_LEVELS } from '../../../../../../packages/shared/src/enums.ts';
import type { Framework } from '../api.ts';
import { useCreateFramework } from '../hooks.ts';
import { frameworkFormSchema } from '../schema.ts';

/** Creates an empty framework (priorities are added in its tree, or imported). */
export function FrameworkForm({ onCreated }: { onCreated: (f: Framework) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateFramework();
  const form = useForm({ code: '', level: '', nameAr: '', nameEn: '', source: '', sourceUrl: '', licence: '' });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const values = form.validate(frameworkFormSchema);
    if (!values) return;
    try {
      const created = await create.mutateAsync(values);
      notify({ message: t('priorities:frameworks.created') });
      onCreated(created);
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('priorities:fields.code')} description={t('priorities:fields.codeHint')} required dir="ltr" maxLength={40} {...form.text('code')} />
          <NativeSelect
            label={t('priorities:fields.level')}
            required
            data={[{ value: '', label: t('common:choose'), disabled: true }, ...FRAMEWORK_LEVELS.map((l) => ({ value: l, label: t(`enums:frameworkLevel.${l}`) }))]}
            {...form.text('level')}
          />
          <TextInput label={t('priorities:fields.nameAr')} required dir="rtl" lang="ar" maxLength={200} {...form.text('nameAr')} />
          <TextInput label={t('priorities:fields.nameEn')} required dir="ltr" lang="en" maxLength={200} {...form.text('nameEn')} />
        </SimpleGrid>
        <Textarea label={t('priorities:fields.source')} dir="auto" autosize minRows={2} maxLength={1000} {...form.text('source')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('priorities:fields.sourceUrl')} type="url" dir="ltr" placeholder="https://" {...form.text('sourceUrl')} />
          <TextInput label={t('priorities:fields.licence')} dir="auto" maxLength={200} {...form.text('licence')} />
        </SimpleGrid>
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('priorities:frameworks.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
