import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useForm } from '../../../lib/form.ts';
import { emailSchema } from '../../../../../../packages/shared/src/validation.ts';
import { AuthCard } from '../components/AuthCard.tsx';
import { useRequestPasswordReset } from '../hooks.ts';

const schema = z.object({ email: emailSchema });

/** `/forgot-password`: asks for a reset link; the answer never says whether the email exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({ email: '' });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = form.validate(schema);
    if (!input) return;
    try {
      await request.mutateAsync(input.email);
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <AuthCard title={t('identity:forgot.title')} description={t('identity:forgot.description')}>
      {request.isSuccess ? (
        <Stack>
          <Alert color="green" variant="light" role="status" title={t('identity:forgot.sentTitle')}>
            {t('identity:forgot.sent')}
          </Alert>
          <Anchor component={Link} to="/sign-in">
            {t('identity:signIn.title')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <TextInput label={t('identity:fields.email')} type="email" autoComplete="email" required dir="ltr" {...form.text('email')} />
            <ErrorAlert error={request.error} />
            <Button type="submit" loading={request.isPending}>
              {t('identity:forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
