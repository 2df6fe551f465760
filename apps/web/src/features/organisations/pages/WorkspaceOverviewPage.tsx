import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { OrganisationProfile } from '../components/OrganisationProfile.tsx';
import { organisationName } from '../names.ts';
import { useWorkspace } from '../workspace.ts';

/** `/workspace/:orgId`: status (with the "pending" notice) and the organisation's profile. */
export function WorkspaceOverviewPage() {
  const { t, i18n } = useTranslation();
  const { org } = useWorkspace();
  const title = t('organisations:workspace.overview');
  return (
    <Stack gap="md">
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} />
      {org.status === 'pending' && (
        <Alert color="yellow" variant="light" title={t('organisations:workspace.pendingTitle')} data-testid="pending-notice">
          {t('organisations:workspace.pendingNotice')}
        </Alert>
      )}
      {org.status === 'rejected' && (
        <Alert color="red" variant="light" title={t('organisations:workspace.rejectedTitle')}>
          {t('organisations:workspace.rejectedNotice')}
          {org.decisionReason && (
            <Text size="sm" mt="xs">
              {t('organisations:workspace.rejectedReason')} <UserText>{org.decisionReason}</UserText>
            </Text>
          )}
        </Alert>
      )}
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <OrganisationProfile org={org} showStatus />
      </Paper>
    </Stack>
  );
}
