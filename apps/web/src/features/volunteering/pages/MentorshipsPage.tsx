import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatList, formatNumber } from '../../../lib/format.ts';
import type { KnowledgeSession, Mentorship } from '../api-knowledge.ts';
import { useMyMentorships } from '../hooks.ts';
import { formatDuration, isolate, nameOf, topicOf } from '../labels.ts';
import { formatDay } from '../time.ts';

/** Contrast-safe session badges (see ATTENDANCE_BADGE). */
const SESSION_BADGE: Record<KnowledgeSession['status'], { color: string; variant: 'light' | 'outline' }> = {
  reported: { color: 'yellow', variant: 'light' },
  confirmed: { color: 'green', variant: 'light' },
  rejected: { color: 'red.9', variant: 'outline' },
};

function Sessions({ m }: { m: Mentorship }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (m.sessions.length === 0) return <Text size="sm" c="dimmed">{t('volunteering:mentorships.noSessions')}</Text>;
  const sessions = [...m.sessions].sort((a, b) => b.heldAt.localeCompare(a.heldAt));
  const topic = topicOf(m, lang);
  return (
    <DataTable
      caption={t('volunteering:mentorships.sessionsOf', { topic: topic.text })}
      head={[t('volunteering:mentorships.heldAt'), t('volunteering:mentorships.format'), t('volunteering:mentorships.topic'), t('volunteering:mentorships.duration'), t('volunteering:mentorships.attendees'), t('volunteering:mentorships.status')]}
      minWidth={640}
    >
      {sessions.map((s) => {
        const st = topicOf(s, lang);
        const badge = SESSION_BADGE[s.status] ?? SESSION_BADGE.reported;
        return (
          <Table.Tr key={s.id}>
            <Table.Td>{formatDay(s.heldAt, lang)}</Table.Td>
            <Table.Td>{t(`enums:knowledgeFormat.${s.format}`)}</Table.Td>
            <Table.Td>
              <UserText size="sm" lang={st.lang}>
                {st.text}
              </UserText>
            </Table.Td>
            <Table.Td>{formatDuration(t, s.minutes, lang)}</Table.Td>
            <Table.Td>{formatNumber(s.attendeeCount, lang)}</Table.Td>
            <Table.Td>
              <Badge color={badge.color} variant={badge.variant} tt="none">
                {t(`volunteering:mentorships.sessionStatus.${s.status}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}

function MentorshipItem({ m }: { m: Mentorship }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const topic = topicOf(m, lang);
  const org = m.organisation ? nameOf(m.organisation, lang) : null;
  return (
    <Paper withBorder p="md" component="li" data-testid="mentorship" data-id={m.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} size="h4" dir="auto" lang={topic.lang} style={{ overflowWrap: 'anywhere' }}>
              {topic.text}
            </Title>
            {org && (
              <UserText size="sm" c="dimmed" lang={org.lang}>
                {org.text}
              </UserText>
            )}
          </Stack>
          <Badge color={m.status === 'active' ? 'green' : 'gray'} variant={m.status === 'active' ? 'light' : 'default'} tt="none">
            {t(`volunteering:mentorships.mentorshipStatus.${m.status}`)}
          </Badge>
        </Group>
        {m.menteeNames.length > 0 && (
          <Text size="sm">
            {/* Each name isolated, so an English name keeps its direction inside an Arabic list (and back). */}
            {t('volunteering:mentorships.mentees')} {formatList(m.menteeNames.map(isolate), lang)}
          </Text>
        )}
        <Sessions m={m} />
      </Stack>
    </Paper>
  );
}

/** `/me/mentorships`: the mentorships I lead and their sessions (read-only; organisations record them). */
export function MentorshipsPage() {
  const { t } = useTranslation();
  const list = useMyMentorships();
  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('volunteering:mentorships.title')} description={t('volunteering:mentorships.description')} />
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <EmptyState title={t('volunteering:mentorships.empty')} description={t('volunteering:mentorships.emptyHint')} />}
      {list.data && list.data.items.length > 0 && (
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('volunteering:mentorships.title')}>
          {list.data.items.map((m) => (
            <MentorshipItem key={m.id} m={m} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
