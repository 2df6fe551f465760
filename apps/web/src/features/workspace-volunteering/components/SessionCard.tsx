import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Fact } from '../../../components/Fact.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { KnowledgeSession } from '../api-knowledge.ts';
import { useDecideSession } from '../hooks-knowledge.ts';
import { topicOf } from '../labels.ts';
import { durationText, gulfDateTime } from '../time.ts';
import { ReasonAction } from './ReasonAction.tsx';

const COLORS: Record<KnowledgeSession['status'], string> = { reported: 'blue', confirmed: 'green', rejected: 'red' };

/** A reported session: what, when, how long, who came; managers confirm (into the ledger) or reject it. */
export function SessionCard({ s, manage, myUserId }: { s: KnowledgeSession; manage: boolean; myUserId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const decide = useDecideSession();
  const topic = topicOf(s, lang);
  const label = topic.text !== '—' ? topic.text : t(`enums:knowledgeFormat.${s.format}`);
  // The API refuses a host confirming their own session (someone else vouches for it).
  const mine = s.host?.userId === myUserId;

  return (
    <Paper withBorder p="sm" component="li" data-testid="session">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={4} size="h5">
              <span dir="auto" lang={topic.lang}>
                {label}
              </span>
            </Title>
            <Text size="sm" c="dimmed">
              {t(`enums:knowledgeFormat.${s.format}`)}
              {s.host?.displayName && (
                <>
                  {' · '}
                  <UserText size="sm">{s.host.displayName}</UserText>
                </>
              )}
            </Text>
          </div>
          <Badge variant="light" color={COLORS[s.status] ?? 'gray'}>
            {t(`workspaceVolunteering:knowledge.sessions.status.${s.status}`)}
          </Badge>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="xs" m={0}>
          <Fact look="compact" label={t('workspaceVolunteering:knowledge.sessions.heldAt')}>{gulfDateTime(s.heldAt, lang)}</Fact>
          <Fact look="compact" label={t('workspaceVolunteering:knowledge.sessions.duration')}>{durationText(s.minutes, lang)}</Fact>
          <Fact look="compact" label={t('workspaceVolunteering:knowledge.sessions.attendees')}>{formatNumber(s.attendeeCount, lang)}</Fact>
        </SimpleGrid>
        {s.materialsUrl && (
          <Anchor href={s.materialsUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('workspaceVolunteering:knowledge.sessions.openMaterials')} <span className="visually-hidden">{t('common:newTab')}</span>
          </Anchor>
        )}
        {s.decisionReason && (
          <Text size="sm">
            {t('workspaceVolunteering:hours.decisionReason')} <UserText size="sm">{s.decisionReason}</UserText>
          </Text>
        )}
        {manage && s.status === 'reported' && mine && (
          <Text size="xs" c="dimmed">
            {t('workspaceVolunteering:knowledge.sessions.ownSession')}
          </Text>
        )}
        {manage && s.status === 'reported' && (
          <Group gap="xs">
            {!mine && <ConfirmAction
              label={t('workspaceVolunteering:knowledge.sessions.confirm')}
              title={t('workspaceVolunteering:knowledge.sessions.confirmTitle')}
              message={t('workspaceVolunteering:knowledge.sessions.confirmMessage')}
              color="ataa"
              variant="filled"
              loading={decide.isPending}
              onConfirm={async () => {
                await decide.mutateAsync({ id: s.id, action: 'confirm' });
                notify({ message: t('workspaceVolunteering:knowledge.sessions.confirmed') });
              }}
            >
              <ErrorAlert error={decide.error} />
            </ConfirmAction>}
            <ReasonAction
              label={t('workspaceVolunteering:knowledge.sessions.reject')}
              title={t('workspaceVolunteering:knowledge.sessions.rejectTitle')}
              message={t('workspaceVolunteering:knowledge.sessions.rejectMessage')}
              confirmLabel={t('workspaceVolunteering:knowledge.sessions.reject')}
              reasonLabel={t('workspaceVolunteering:hours.reason')}
              required
              pending={decide.isPending}
              error={decide.error}
              onConfirm={async (reason) => {
                await decide.mutateAsync({ id: s.id, action: 'reject', reason });
                notify({ message: t('workspaceVolunteering:knowledge.sessions.rejected') });
              }}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
