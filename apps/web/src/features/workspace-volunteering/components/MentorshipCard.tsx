import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { intlTag } from '../../../lib/locale.ts';
import type { Mentorship } from '../api-knowledge.ts';
import { useEndMentorship } from '../hooks-knowledge.ts';
import { topicOf } from '../labels.ts';
import { ReasonAction } from './ReasonAction.tsx';

/**
 * Names joined as the UI language joins a list ("A, B and C" / "أ وب وج"), each name isolated so
 * an Arabic name in an English list (or the reverse) keeps its own direction and place.
 */
function NameList({ names, lang }: { names: string[]; lang: string }) {
  const parts = new Intl.ListFormat(intlTag(lang), { style: 'long', type: 'conjunction' }).formatToParts(names);
  return (
    <span>
      {parts.map((p, i) => (p.type === 'element' ? <bdi key={i}>{p.value}</bdi> : <Fragment key={i}>{p.value}</Fragment>))}
    </span>
  );
}

/** Ending a mentorship (managers): no new sessions; those already reported can still be decided. */
function EndMentorship({ m, title }: { m: Mentorship; title: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const end = useEndMentorship();
  return (
    <ReasonAction
      label={t('workspaceVolunteering:knowledge.mentorships.end')}
      title={t('workspaceVolunteering:knowledge.mentorships.endTitle', { title })}
      message={t('workspaceVolunteering:knowledge.mentorships.endMessage')}
      confirmLabel={t('workspaceVolunteering:knowledge.mentorships.endConfirm')}
      reasonLabel={t('workspaceVolunteering:knowledge.mentorships.endReason')}
      pending={end.isPending}
      error={end.error}
      onConfirm={async (reason) => {
        await end.mutateAsync({ id: m.id, reason: reason || undefined });
        notify({ message: t('workspaceVolunteering:knowledge.mentorships.endDone', { title }) });
      }}
    />
  );
}

/** A mentorship: topic, mentor, mentees, how many of its sessions were confirmed, and ending it. */
export function MentorshipCard({ m, manage = false }: { m: Mentorship; manage?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const topic = topicOf(m, lang);
  const title = topic.text !== '—' ? topic.text : t('workspaceVolunteering:knowledge.mentorships.untitled');
  const sessions = m.sessions ?? [];
  const confirmed = sessions.filter((s) => s.status === 'confirmed').length;
  return (
    <Paper withBorder p="sm" component="li" data-testid="mentorship">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={4} size="h5">
            <span dir="auto" lang={topic.lang}>
              {title}
            </span>
          </Title>
          <Badge variant="light" color={m.status === 'active' ? 'green' : 'gray'}>
            {t(`workspaceVolunteering:knowledge.mentorships.status.${m.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('workspaceVolunteering:knowledge.mentorships.mentor')}{' '}
          <UserText size="sm" fw={600}>
            {m.mentor.displayName ?? '—'}
          </UserText>
        </Text>
        <Text size="sm">
          {t('workspaceVolunteering:knowledge.mentorships.menteesList')}{' '}
          <NameList names={m.menteeNames} lang={lang} />
        </Text>
        <Text size="xs" c="dimmed">
          {t('workspaceVolunteering:knowledge.mentorships.sessions', { count: sessions.length, formatted: formatNumber(sessions.length, lang), confirmed: formatNumber(confirmed, lang) })}
        </Text>
        {m.status === 'ended' && m.endedAt && (
          <Text size="xs" c="dimmed">
            {t('workspaceVolunteering:knowledge.mentorships.endedOn', { date: formatDate(m.endedAt, lang).gregorian })}
            {m.endReason && (
              <>
                {' · '}
                <UserText size="xs">{m.endReason}</UserText>
              </>
            )}
          </Text>
        )}
        {manage && m.status === 'active' && (
          <Group gap="xs">
            <EndMentorship m={m} title={title} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
