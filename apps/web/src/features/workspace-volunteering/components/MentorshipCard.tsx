import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { UserText } from '../../../components/UserText.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { intlTag } from '../../../lib/locale.ts';
import type { Mentorship } from '../api-knowledge.ts';
import { topicOf } from '../labels.ts';

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

/** A mentorship: topic, mentor, mentees and how many of its sessions were confirmed. */
export function MentorshipCard({ m }: { m: Mentorship }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const topic = topicOf(m, lang);
  const sessions = m.sessions ?? [];
  const confirmed = sessions.filter((s) => s.status === 'confirmed').length;
  return (
    <Paper withBorder p="sm" component="li" data-testid="mentorship">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={4} size="h5">
            <span dir="auto" lang={topic.lang}>
              {topic.text !== '—' ? topic.text : t('workspaceVolunteering:knowledge.mentorships.untitled')}
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
      </Stack>
    </Paper>
  );
}
