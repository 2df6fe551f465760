import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useForm } from '../../../lib/form.ts';
import { useCreateSkill } from '../hooks.ts';
import { skillFormSchema } from '../skills.ts';

const EMPTY = { code: '', nameAr: '', nameEn: '' };

/** Adds a skill to the end of the list; stays open to add several in a row. */
export function SkillForm() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const create = useCreateSkill();
  const form = useForm(EMPTY);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const values = form.validate(skillFormSchema);
    if (!values) return;
    try {
      const skill = await create.mutateAsync(values);
      notify({ message: t('admin:skills.added', { name: i18n.language === 'ar' ? skill.nameAr : skill.nameEn }) });
      form.setValues(EMPTY);
      create.reset();
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('admin:skills.addTitle')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('admin:skills.nameAr')} required dir="rtl" lang="ar" maxLength={120} {...form.text('nameAr')} />
          <TextInput label={t('admin:skills.nameEn')} required dir="ltr" lang="en" maxLength={120} {...form.text('nameEn')} />
          <TextInput
            label={t('admin:skills.code')}
            description={t('admin:skills.codeHint')}
            required
            dir="ltr"
            lang="en"
            maxLength={40}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            {...form.text('code')}
          />
        </SimpleGrid>
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('admin:skills.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
