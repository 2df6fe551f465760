import { Button, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useForm } from '../../../lib/form.ts';
import { storeLocale } from '../../../lib/locale.ts';
import { LOCALES, type Locale } from '../../../../../../packages/shared/src/enums.ts';
import { LIMITS, nameSchema } from '../../../../../../packages/shared/src/validation.ts';
import { useSession, useUpdateMe } from '../hooks.ts';

const schema = z.object({ displayName: nameSchema(), locale: z.enum(LOCALES) });

/** `/me`: my name and interface language. */
export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const session = useSession();
  const update = useUpdateMe();
  const user = session.data?.user;
  const form = useForm({ displayName: user?.displayName ?? '', locale: (user?.locale ?? i18n.language) as Locale });
  const { setValues } = form;

  useEffect(() => {
    if (user) setValues({ displayName: user.displayName, locale: user.locale });
  }, [user, setValues]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = form.validate(schema);
    if (!input) return;
    try {
      await update.mutateAsync(input);
      if (input.locale !== i18n.language) {
        storeLocale(input.locale);
        await i18n.changeLanguage(input.locale);
      }
      notify({ message: t('identity:profile.saved') });
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <>
      <PageHeader order={2} title={t('identity:profile.title')} />
      <Paper withBorder p="md" maw={560}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <TextInput label={t('identity:fields.displayName')} required maxLength={LIMITS.nameMax} dir="auto" autoComplete="name" {...form.text('displayName')} />
            <TextInput label={t('identity:fields.email')} value={user?.email ?? ''} readOnly dir="ltr" description={t('identity:profile.emailHint')} />
            <NativeSelect
              label={t('identity:fields.locale')}
              data={LOCALES.map((l) => ({ value: l, label: t('common:languageName', { lng: l }) }))}
              {...form.text('locale')}
            />
            <ErrorAlert error={update.error} />
            <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('common:save')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
