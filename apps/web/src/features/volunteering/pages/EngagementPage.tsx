import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../../components/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { ReasonAction } from '../../workspace-volunteering/components/ReasonAction.tsx';
import type { EngagementDetail } from '../api-knowledge.ts';
import { EngagementStatusBadge } from '../components/EngagementStatusBadge.tsx';
import { LogHoursForm } from '../components/LogHoursForm.tsx';
import { useCancelEngagement, useEngagement } from '../hooks.ts';
import { formatDuration, nameOf } from '../labels.ts';
import { formatDay } from '../time.ts';
import { engagementTitle } from './EngagementsPage.tsx';

/** Agreed scope and deliverables, as the organisation wrote them when accepting. */
function Agreement({ e }: { e: EngagementDetail }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {[
        ['scope', e.scope],
        ['deliverables', e.deliverables],
      ].map(([k, text]) => (
        <Paper withBorder p="md" key={k}>
          <Title order={3} size="h5" mb={4}>
            {t(`volunteering:engagement.${k}`)}
          </Title>
          <UserText component="p" size="sm" m={0} style={{ whiteSpace: 'pre-line' }}>
            {text || '—'}
          </UserText>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** The hours logged so far, newest first. */
function Log({ e }: { e: EngagementDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (e.logs.length === 0) return <EmptyState title={t('volunteering:engagement.noLogs')} />;
  const logs = [...e.logs].sort((a, b) => b.workedOn.localeCompare(a.workedOn) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  return (
    <DataTable caption={t('volunteering:engagement.logTitle')} head={[t('volunteering:log.workedOn'), t('volunteering:log.duration'), t('volunteering:engagement.noteColumn')]} minWidth={480}>
      {logs.map((l, i) => (
        <Table.Tr key={l.id ?? i}>
          <Table.Td>{formatDay(l.workedOn, lang)}</Table.Td>
          <Table.Td>{formatDuration(t, l.minutes, lang)}</Table.Td>
          <Table.Td>
            <UserText size="sm">{l.note ?? ''}</UserText>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** The expert cancels the engagement, saying why: the organisation is told, the hours stay uncounted. */
function CancelEngagement({ id }: { id: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const cancel = useCancelEngagement(id);
  return (
    <ReasonAction
      label={t('volunteering:engagement.cancel')}
      title={t('volunteering:engagement.cancelTitle')}
      message={t('volunteering:engagement.cancelMessage')}
      confirmLabel={t('volunteering:engagement.cancelConfirm')}
      reasonLabel={t('volunteering:engagement.cancelReason')}
      required
      pending={cancel.isPending}
      error={cancel.error}
      onConfirm={async (reason) => {
        await cancel.mutateAsync(reason);
        notify({ message: t('volunteering:engagement.cancelled') });
      }}
    />
  );
}

/** Who cancelled the engagement, when, and why. */
function Cancelled({ e }: { e: EngagementDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {e.cancelledAt && (
        <Text size="sm" mt={4}>
          {t(e.cancelledBy && e.cancelledBy === e.expert?.userId ? 'volunteering:engagement.cancelledByYou' : 'volunteering:engagement.cancelledByOrganisation', { date: formatDay(e.cancelledAt, i18n.language) })}
        </Text>
      )}
      {e.cancelReason && (
        <Text size="sm">
          {t('volunteering:engagement.cancelReasonShown')} <UserText size="sm">{e.cancelReason}</UserText>
        </Text>
      )}
    </>
  );
}

function Engagement({ e }: { e: EngagementDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = engagementTitle(e, lang);
  const org = e.organisation ? nameOf(e.organisation, lang) : null;
  return (
    <Stack gap="lg">
      <PageHeader
        order={2}
        title={title?.text ?? t('volunteering:engagements.untitled')}
        titleLang={title?.lang}
        description={
          <>
            {org && e.organisation && (
              <Anchor component={Link} to={`/organisations/${e.organisation.id}`} size="sm" dir="auto" lang={org.lang}>
                {org.text}
              </Anchor>
            )}
            {org && ' · '}
            <Anchor component={Link} to="/me/engagements" size="sm">
              {t('volunteering:engagement.back')}
            </Anchor>
          </>
        }
      />
      <Group gap="md" wrap="wrap">
        <EngagementStatusBadge status={e.status} />
        <Text fw={700} size="lg" data-testid="engagement-total">
          {t('volunteering:engagements.logged', { duration: formatDuration(t, e.totalMinutes, lang) })}
        </Text>
        {e.status === 'active' && <CancelEngagement id={e.id} />}
      </Group>
      <Agreement e={e} />
      <LogSection e={e} />
    </Stack>
  );
}

/** The log and, while the engagement is active, the form to add to it. */
function LogSection({ e }: { e: EngagementDetail }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: e.status === 'active' ? 2 : 1 }} spacing="lg">
      {e.status === 'active' ? (
        <Paper withBorder p="md" component="section" aria-labelledby="log-heading">
          <Title order={3} size="h4" id="log-heading" mb="sm">
            {t('volunteering:log.title')}
          </Title>
          <LogHoursForm engagementId={e.id} />
        </Paper>
      ) : (
        <Alert color={e.status === 'signed_off' ? 'green' : 'gray'} variant="light">
          {t(`volunteering:engagement.closed.${e.status}`)}
          {e.status === 'cancelled' && <Cancelled e={e} />}
        </Alert>
      )}
      <section aria-labelledby="logs-heading">
        <Title order={3} size="h4" id="logs-heading" mb="sm">
          {t('volunteering:engagement.logTitle')}
        </Title>
        <Log e={e} />
      </section>
    </SimpleGrid>
  );
}

/** `/me/engagements/:id`: the agreed work, the hours I logged, and logging more while it is active. */
export function EngagementPage() {
  const { engagementId = '' } = useParams();
  const engagement = useEngagement(engagementId);
  if (engagement.isPending) return <LoadingState />;
  if (engagement.isError) return <ErrorAlert error={engagement.error} onRetry={() => void engagement.refetch()} />;
  return <Engagement e={engagement.data} />;
}
