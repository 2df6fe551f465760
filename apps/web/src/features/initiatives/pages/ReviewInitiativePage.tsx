import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RoleGate } from '../../admin/components/RoleGate.tsx';
import { allows } from '../../admin/roles.ts';
import { useSession } from '../../identity/hooks.ts';
import { BothLanguages } from '../components/BothLanguages.tsx';
import { InitiativeBody } from '../components/InitiativeBody.tsx';
import { InitiativeStatusBadge } from '../components/InitiativeStatusBadge.tsx';
import { ReviewPanel } from '../components/ReviewPanel.tsx';
import { useInitiative } from '../hooks.ts';
import { initiativeTitle } from '../labels.ts';
import { REVIEW_DECIDE_ROLES, REVIEW_QUEUE_ROLES } from '../roles.ts';

function Review({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const initiative = useInitiative(id);
  if (initiative.isPending) return <LoadingState />;
  if (initiative.isError) return <ErrorAlert error={initiative.error} onRetry={() => void initiative.refetch()} />;
  const i = initiative.data;
  const title = initiativeTitle(i, i18n.language);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/console/initiatives" size="sm">{t('initiatives:review.back')}</Anchor>
      <PageHeader order={2} title={title.text} titleLang={title.lang} actions={<InitiativeStatusBadge status={i.status} />} />
      <ReviewPanel initiative={i} canDecide={allows(REVIEW_DECIDE_ROLES, session.data?.user?.platformRole)} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">{t('initiatives:review.texts')}</Title>
        <BothLanguages initiative={i} />
      </Paper>
      <InitiativeBody initiative={i} showStatus />
    </Stack>
  );
}

/** `/console/initiatives/:initiativeId`: review one initiative (both languages, needs, priorities) and decide. */
export function ReviewInitiativePage() {
  const { initiativeId = '' } = useParams();
  return (
    <RoleGate roles={REVIEW_QUEUE_ROLES}>
      <Review id={initiativeId} />
    </RoleGate>
  );
}
