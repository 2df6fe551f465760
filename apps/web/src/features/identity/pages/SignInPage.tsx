import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useForm } from '../../../lib/form.ts';
import { safeNext } from '../../../lib/safe-next.ts';
import { emailSchema } from '../../../../../../packages/shared/src/validation.ts';
import { AuthCard } from '../components/AuthCard.tsx';
import { useSignIn } from '../hooks.ts';

const schema = z.object({ email: emailSchema, password: z.string().min(1, { message: 'validation.required' }) });

/** `/sign-in`: email and password; returns to `?next=` afterwards. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const notify = useNotify();
  const signIn = useSignIn();
  const form = useForm({ email: '', password: '' });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = form.validate(schema);
    if (!input) return;
    try {
      const { user } = await signIn.mutateAsync(input);
      notify({ message: t('identity:signIn.done', { name: user.displayName }) });
      await navigate(safeNext(params.get('next'), '/me'));
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <AuthCard title={t('identity:signIn.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput label={t('identity:fields.email')} type="email" autoComplete="username" required dir="ltr" {...form.text('email')} />
          <PasswordField label={t('identity:fields.password')} autoComplete="current-password" required dir="ltr" {...form.text('password')} />
          <Group justify="flex-end">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('identity:forgot.link')}
            </Anchor>
          </Group>
          <ErrorAlert error={signIn.error} />
          <Button type="submit" loading={signIn.isPending}>
            {t('identity:signIn.submit')}
          </Button>
          <Text size="sm">
            {t('identity:signIn.noAccount')}{' '}
            <Anchor component={Link} to="/sign-up">
              {t('identity:signUp.title')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
