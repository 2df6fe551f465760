import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { organisationName } from '../../organisations/names.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import { OpportunityForm } from '../components/OpportunityForm.tsx';

/** `/workspace/:orgId/volunteering/opportunities/new`: a manager turns a time need into an opportunity. */
export function NewOpportunityPage() {
  const { t, i18n } = useTranslation();
  const { org, can } = useWorkspace();
  const title = t('workspaceVolunteering:form.title');
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to={`/workspace/${org.id}/volunteering`} size="sm">
        {t('workspaceVolunteering:opportunities.back')}
      </Anchor>
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} description={t('workspaceVolunteering:form.description')} />
      {can('manager') ? (
        <OpportunityForm orgId={org.id} />
      ) : (
        <Alert color="yellow" variant="light">
          {t('workspaceVolunteering:managersOnly')}
        </Alert>
      )}
    </Stack>
  );
}
