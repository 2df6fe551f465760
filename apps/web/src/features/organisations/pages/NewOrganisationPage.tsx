import { Alert, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RequireAuth } from '../../identity/components/RequireAuth.tsx';
import type { OrganisationInput } from '../api.ts';
import { OrganisationForm } from '../components/OrganisationForm.tsx';
import { useCreateOrganisation } from '../hooks.ts';
import type { OrganisationFormOutput } from '../schema.ts';

/** Drops blank optional fields: the API treats a missing field as "not given". */
function toCreateInput(values: OrganisationFormOutput): OrganisationInput {
  const out: OrganisationInput = { type: values.type, emirate: values.emirate };
  for (const k of ['nameAr', 'nameEn', 'descriptionAr', 'descriptionEn', 'website'] as const) {
    if (values[k]) out[k] = values[k];
  }
  return out;
}

/** `/organisations/new`: register an organisation (it waits for verification; I become its owner). */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const create = useCreateOrganisation();

  async function submit(values: OrganisationFormOutput) {
    const org = await create.mutateAsync(toCreateInput(values));
    notify({ message: t('organisations:create.done') });
    await navigate(`/workspace/${org.id}`);
  }

  return (
    <RequireAuth>
      <Stack gap="md" maw={880}>
        <PageHeader title={t('organisations:create.title')} description={t('organisations:create.description')} />
        <Alert variant="light" color="blue">
          {t('organisations:create.reviewNotice')}
        </Alert>
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <OrganisationForm submitLabel={t('organisations:create.submit')} pending={create.isPending} error={create.error} onSubmit={submit} />
        </Paper>
      </Stack>
    </RequireAuth>
  );
}
