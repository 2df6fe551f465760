import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useForm } from '../../../lib/form.ts';
import { isLocale } from '../../../lib/locale.ts';
import { safeNext } from '../../../lib/safe-next.ts';
import { emailSchema, LIMITS, nameSchema, passwordSchema } from '../../../../../../packages/shared/src/validation.ts';
import { AuthCard } from '../components/AuthCard.tsx';
import { useSignUp } from '../hooks.ts';

const schema = z.object({ displayName: nameSchema(), email: emailSchema, password: passwordSchema });

/** `/sign-up`: create an account in the current interface language. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const notify = useNotify();
  const signUp = useSignUp();
  const form = useForm({ displayName: '', email: '', password: '' });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = form.validate(schema);
    if (!input) return;
    try {
      const locale = isLocale(i18n.language) ? i18n.language : 'ar';
      await signUp.mutateAsync({ ...input, locale });
      notify({ message: t('identity:signUp.done') });
      await navigate(safeNext(params.get('next'), '/me/organisations'));
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <AuthCard title={t('identity:signUp.title')} description={t('identity:signUp.description')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput label={t('identity:fields.displayName')} autoComplete="name" required maxLength={LIMITS.nameMax} dir="auto" {...form.text('displayName')} />
          <TextInput label={t('identity:fields.email')} type="email" autoComplete="email" required dir="ltr" {...form.text('email')} />
          <PasswordField
            label={t('identity:fields.password')}
            description={t('identity:fields.passwordHint', { min: LIMITS.passwordMin })}
            autoComplete="new-password"
            required
            dir="ltr"
            {...form.text('password')}
          />
          <ErrorAlert error={signUp.error} />
          <Button type="submit" loading={signUp.isPending}>
            {t('identity:signUp.submit')}
          </Button>
          <Text size="sm">
            {t('identity:signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/sign-in">
              {t('identity:signIn.title')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
