import { Alert, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { organisationName } from '../../organisations/names.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import type { InitiativeInput } from '../api.ts';
import { InitiativeForm } from '../components/InitiativeForm.tsx';
import { useCreateInitiative } from '../hooks.ts';

/** `/workspace/:orgId/initiatives/new`: draft an initiative (verified organisations' managers). */
export function NewInitiativePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { org, can } = useWorkspace();
  const create = useCreateInitiative(org.id);
  const title = t('initiatives:create.title');

  async function submit(values: InitiativeInput) {
    const created = await create.mutateAsync(values);
    notify({ message: t('initiatives:create.done') });
    await navigate(`/workspace/${org.id}/initiatives/${created.id}`);
  }

  if (!can('manager')) return <EmptyState title={t('common:forbidden.title')} description={t('common:forbidden.description')} />;
  if (org.status !== 'verified') {
    return (
      <Alert color="yellow" variant="light" title={t('initiatives:workspace.notVerifiedTitle')} data-testid="not-verified-notice">
        {t('initiatives:workspace.notVerified')}
      </Alert>
    );
  }
  return (
    <Stack gap="md" maw={960}>
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} description={t('initiatives:create.description')} />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <InitiativeForm submitLabel={t('initiatives:create.submit')} pending={create.isPending} error={create.error} onSubmit={submit} />
      </Paper>
    </Stack>
  );
}
