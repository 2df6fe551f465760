import { Alert, Anchor, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { useWorkspace } from '../../organisations/workspace.ts';
import type { InitiativeInput } from '../api.ts';
import { CoverUpload } from '../components/CoverUpload.tsx';
import { InitiativeBody } from '../components/InitiativeBody.tsx';
import { InitiativeForm } from '../components/InitiativeForm.tsx';
import { InitiativeStatusBadge } from '../components/InitiativeStatusBadge.tsx';
import { NeedsEditor } from '../components/NeedsEditor.tsx';
import { WorkflowActions } from '../components/WorkflowActions.tsx';
import { useInitiative, useUpdateInitiative } from '../hooks.ts';
import { initiativeTitle } from '../labels.ts';

const EDITABLE = ['draft', 'returned', 'submitted', 'approved', 'active'];
const LIVE = ['approved', 'active'];
const PUBLIC = ['approved', 'active', 'completed'];

/**
 * `/workspace/:orgId/initiatives/:initiativeId`: one initiative for its organisation — workflow
 * buttons, the reviewer's comment, needs, details and cover (managers edit; members read).
 */
export function ManageInitiativePage() {
  const { initiativeId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const { org, can } = useWorkspace();
  const initiative = useInitiative(initiativeId);
  const update = useUpdateInitiative(initiativeId);

  if (initiative.isPending) return <LoadingState />;
  if (initiative.isError) return <ErrorAlert error={initiative.error} onRetry={() => void initiative.refetch()} />;
  const i = initiative.data;
  const title = initiativeTitle(i, i18n.language);
  const editable = can('manager') && EDITABLE.includes(i.status);

  async function save(values: InitiativeInput) {
    const saved = await update.mutateAsync(values);
    notify({ message: saved.status === 'submitted' && i.status !== 'submitted' ? t('initiatives:edit.backToReview') : t('initiatives:edit.saved') });
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/workspace/${org.id}/initiatives`} size="sm">{t('initiatives:workspace.back')}</Anchor>
      <PageHeader
        order={2}
        title={title.text}
        titleLang={title.lang}
        description={title.fallback ? t('initiatives:shownIn', { language: t(`enums:locale.${title.lang}`) }) : undefined}
        actions={
          <Group gap="xs">
            <InitiativeStatusBadge status={i.status} />
            {PUBLIC.includes(i.status) && <Anchor component={Link} to={`/initiatives/${i.id}`} size="sm">{t('initiatives:workspace.publicPage')}</Anchor>}
          </Group>
        }
      />
      {i.status === 'returned' && (
        <Alert color="red" variant="light" title={t('initiatives:workspace.returnedTitle')} data-testid="review-comment">
          <Text size="sm">{t('initiatives:workspace.returnedHint')}</Text>
          {i.reviewComment && <UserText component="p" size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>{i.reviewComment}</UserText>}
        </Alert>
      )}
      {i.status === 'submitted' && i.resumeStatus && (
        <Alert color="yellow" variant="light">{t('initiatives:workspace.reReview', { status: t(`enums:initiativeStatus.${i.resumeStatus}`) })}</Alert>
      )}
      {can('manager') && <WorkflowActions initiative={i} />}
      {!editable ? (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <InitiativeBody initiative={i} showStatus />
        </Paper>
      ) : (
        <Tabs defaultValue="needs" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="needs">{t('initiatives:workspace.tabs.needs')}</Tabs.Tab>
            <Tabs.Tab value="details">{t('initiatives:workspace.tabs.details')}</Tabs.Tab>
            <Tabs.Tab value="cover">{t('initiatives:workspace.tabs.cover')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('initiatives:workspace.tabs.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="needs" pt="md">
            <NeedsEditor initiative={i} editable={editable} />
          </Tabs.Panel>
          <Tabs.Panel value="details" pt="md">
            <Stack gap="md" maw={960}>
              {LIVE.includes(i.status) && (
                <Alert color="yellow" variant="light" title={t('initiatives:edit.liveTitle')} data-testid="live-warning">
                  {t('initiatives:edit.liveWarning')}
                </Alert>
              )}
              <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
                <InitiativeForm key={i.updatedAt} initial={i} submitLabel={t('common:save')} pending={update.isPending} error={update.error} onSubmit={save} />
              </Paper>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="cover" pt="md">
            <CoverUpload initiative={i} />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="md">
            <InitiativeBody initiative={i} showStatus />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
