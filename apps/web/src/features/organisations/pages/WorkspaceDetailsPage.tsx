import { Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import type { Organisation, OrganisationInput } from '../api.ts';
import { OrganisationForm } from '../components/OrganisationForm.tsx';
import { useUpdateOrganisation } from '../hooks.ts';
import { organisationName } from '../names.ts';
import type { OrganisationFormOutput } from '../schema.ts';
import { useWorkspace } from '../workspace.ts';

const FIELDS = ['type', 'nameAr', 'nameEn', 'descriptionAr', 'descriptionEn', 'emirate', 'website'] as const;

/** Only the fields that changed; a cleared optional field is sent as null. */
function changesOf(org: Organisation, values: OrganisationFormOutput): Partial<OrganisationInput> {
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) {
    const next = values[k] ?? null;
    if (next !== (org[k] ?? null)) out[k] = next;
  }
  return out as Partial<OrganisationInput>;
}

/** `/workspace/:orgId/details`: edit the organisation (owners and managers). */
export function WorkspaceDetailsPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const { org, can } = useWorkspace();
  const update = useUpdateOrganisation(org.id);
  const title = t('organisations:workspace.details');

  async function submit(values: OrganisationFormOutput) {
    const changes = changesOf(org, values);
    if (Object.keys(changes).length > 0) await update.mutateAsync(changes);
    notify({ message: t('organisations:edit.done') });
  }

  return (
    <Stack gap="md" maw={880}>
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} />
      {can('manager') ? (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <OrganisationForm key={org.id} initial={org} submitLabel={t('common:save')} pending={update.isPending} error={update.error} onSubmit={submit} />
        </Paper>
      ) : (
        <EmptyState title={t('common:forbidden.title')} description={t('common:forbidden.description')} />
      )}
    </Stack>
  );
}
