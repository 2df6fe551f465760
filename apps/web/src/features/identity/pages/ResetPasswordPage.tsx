import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useForm } from '../../../lib/form.ts';
import { LIMITS, passwordSchema } from '../../../../../../packages/shared/src/validation.ts';
import { AuthCard } from '../components/AuthCard.tsx';
import { useConfirmPasswordReset } from '../hooks.ts';

const schema = z
  .object({ newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'validation.passwords_differ', path: ['confirmPassword'] });

/** `/reset-password?token=…`: sets a new password with the token from the email. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const confirm = useConfirmPasswordReset();
  const form = useForm({ newPassword: '', confirmPassword: '' });
  const token = params.get('token') ?? '';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = form.validate(schema);
    if (!input) return;
    try {
      await confirm.mutateAsync({ token, newPassword: input.newPassword });
      notify({ message: t('identity:reset.done') });
      await navigate('/sign-in');
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <AuthCard title={t('identity:reset.title')}>
      {!token ? (
        <Stack>
          <Alert color="red" variant="light" role="alert">
            {t('errors:auth.reset_token_invalid')}
          </Alert>
          <Anchor component={Link} to="/forgot-password">
            {t('identity:forgot.title')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <PasswordField
              label={t('identity:fields.newPassword')}
              description={t('identity:fields.passwordHint', { min: LIMITS.passwordMin })}
              autoComplete="new-password"
              required
              dir="ltr"
              {...form.text('newPassword')}
            />
            <PasswordField label={t('identity:fields.confirmPassword')} autoComplete="new-password" required dir="ltr" {...form.text('confirmPassword')} />
            <ErrorAlert error={confirm.error} />
            <Button type="submit" loading={confirm.isPending}>
              {t('identity:reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
