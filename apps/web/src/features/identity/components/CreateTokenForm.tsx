import { Alert, Button, Checkbox, Code, CopyButton, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useForm } from '../../../lib/form.ts';
import { TOKEN_SCOPES, type TokenScope } from '../../../../../../packages/shared/src/enums.ts';
import { LIMITS, nameSchema } from '../../../../../../packages/shared/src/validation.ts';
import { useCreateToken } from '../hooks.ts';

const EXPIRY_DAYS = ['30', '90', '365', ''] as const;
const schema = z.object({
  name: nameSchema(LIMITS.tokenNameMax),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, { message: 'validation.none_chosen' }),
});

/** Creates a personal-access token and shows its secret exactly once, with a copy button. */
export function CreateTokenForm() {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateToken();
  const form = useForm({ name: '', expiresInDays: '90' as string });
  const [scopes, setScopes] = useState<TokenScope[]>(['read']);
  const [secret, setSecret] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = form.validate(schema, { name: form.values.name, scopes });
    if (!input) return;
    try {
      const days = form.values.expiresInDays ? Number(form.values.expiresInDays) : undefined;
      const result = await create.mutateAsync({ ...input, ...(days ? { expiresInDays: days } : {}) });
      setSecret(result.secret);
      form.setValues({ name: '', expiresInDays: '90' });
      notify({ message: t('identity:tokens.created') });
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <Stack>
      {secret && (
        <Alert color="ataa" variant="light" title={t('identity:tokens.secretTitle')} role="status">
          <Stack gap="xs">
            {t('identity:tokens.secretOnce')}
            <Code block dir="ltr" data-testid="token-secret">
              {secret}
            </Code>
            <Group gap="xs">
              <CopyButton value={secret}>
                {({ copied, copy }) => (
                  <Button size="xs" variant={copied ? 'filled' : 'default'} onClick={copy}>
                    {copied ? t('common:copied') : t('common:copy')}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="subtle" onClick={() => setSecret(null)}>
                {t('identity:tokens.secretDone')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput label={t('identity:tokens.name')} required maxLength={LIMITS.tokenNameMax} dir="auto" {...form.text('name')} />
          <Checkbox.Group
            label={t('identity:tokens.scopes')}
            value={scopes}
            onChange={(v) => setScopes(v as TokenScope[])}
            error={form.codes.scopes ? fieldMessage(t, form.codes.scopes) : undefined}
            required
          >
            <Group mt="xs">
              {TOKEN_SCOPES.map((s) => (
                <Checkbox key={s} value={s} label={t(`enums:tokenScope.${s}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <NativeSelect
            label={t('identity:tokens.expiry')}
            data={EXPIRY_DAYS.map((d) => ({ value: d, label: d ? t('identity:tokens.days', { count: Number(d) }) : t('identity:tokens.never') }))}
            {...form.text('expiresInDays')}
          />
          <ErrorAlert error={create.error} />
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('identity:tokens.create')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
