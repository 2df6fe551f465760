import { Button, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useForm } from '../../../lib/form.ts';
import { LIMITS, passwordSchema } from '../../../../../../packages/shared/src/validation.ts';
import { useChangePassword } from '../hooks.ts';

const schema = z
  .object({ currentPassword: z.string().min(1, { message: 'validation.required' }), newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'validation.passwords_differ', path: ['confirmPassword'] });

/** `/me/password`: change my password (the current one is required). */
export function PasswordPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const change = useChangePassword();
  const form = useForm({ currentPassword: '', newPassword: '', confirmPassword: '' });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = form.validate(schema);
    if (!input) return;
    try {
      await change.mutateAsync({ currentPassword: input.currentPassword, newPassword: input.newPassword });
      form.setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      notify({ message: t('identity:password.done') });
    } catch (err) {
      if (!form.showServerErrors(err) && (err as { code?: string }).code === 'auth.wrong_password') {
        form.setCodes({ currentPassword: 'auth.wrong_password' });
      }
    }
  }

  return (
    <>
      <PageHeader order={2} title={t('identity:password.title')} />
      <Paper withBorder p="md" maw={560}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <PasswordField label={t('identity:fields.currentPassword')} autoComplete="current-password" required dir="ltr" {...form.text('currentPassword')} />
            <PasswordField
              label={t('identity:fields.newPassword')}
              description={t('identity:fields.passwordHint', { min: LIMITS.passwordMin })}
              autoComplete="new-password"
              required
              dir="ltr"
              {...form.text('newPassword')}
            />
            <PasswordField label={t('identity:fields.confirmPassword')} autoComplete="new-password" required dir="ltr" {...form.text('confirmPassword')} />
            <ErrorAlert error={change.error} />
            <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('identity:password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
