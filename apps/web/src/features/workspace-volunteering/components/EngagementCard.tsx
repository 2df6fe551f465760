import { Anchor, Badge, Button, Collapse, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import type { Engagement } from '../api-knowledge.ts';
import { useCancelEngagement, useEngagement, useSignOff } from '../hooks-knowledge.ts';
import { useHourRate } from '../hooks.ts';
import { titleOf } from '../labels.ts';
import { durationText } from '../time.ts';
import { valueOfMinutes } from '../value.ts';
import { ReasonAction } from './ReasonAction.tsx';

const COLORS: Record<Engagement['status'], string> = { active: 'blue', signed_off: 'green', cancelled: 'gray' };

/** The expert's work log, loaded when opened. */
function Logs({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const detail = useEngagement(id, true);
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const logs = detail.data.logs ?? [];
  if (logs.length === 0) return <Text size="sm" c="dimmed">{t('workspaceVolunteering:expertise.noLogs')}</Text>;
  return (
    <DataTable caption={t('workspaceVolunteering:expertise.logs')} head={[t('workspaceVolunteering:expertise.workedOn'), t('workspaceVolunteering:expertise.time'), t('workspaceVolunteering:expertise.note')]} minWidth={480}>
      {logs.map((l) => (
        <Table.Tr key={l.id}>
          <Table.Td>{formatDate(l.workedOn, i18n.language).gregorian}</Table.Td>
          <Table.Td>{durationText(l.minutes, i18n.language)}</Table.Td>
          <Table.Td>{l.note ? <UserText size="sm">{l.note}</UserText> : '—'}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** An engagement: expert, need, scope and deliverables, hours logged, the log, the sign-off or cancelling it. */
export function EngagementCard({ e, manage }: { e: Engagement; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const signOff = useSignOff();
  const cancel = useCancelEngagement();
  const [logsOpen, { toggle }] = useDisclosure(false);
  const rate = useHourRate('expertise', e.level);
  const name = e.expert.displayName ?? t('workspaceVolunteering:someone');
  const need = titleOf(e.need, lang);
  const value = rate !== null ? formatMoney(valueOfMinutes(e.totalMinutes, rate), 'AED', lang) : null;
  const logsId = `logs-${e.id}`;

  return (
    <Paper withBorder p="sm" component="li" data-testid="engagement">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={4} size="h5">
              <span dir="auto">{name}</span>
            </Title>
            {e.expert.email && (
              <Anchor href={`mailto:${e.expert.email}`} size="sm" dir="ltr">
                {e.expert.email}
              </Anchor>
            )}
            <Text size="sm">
              <span dir="auto" lang={need.lang}>{need.text !== '—' ? need.text : (e.need.skill ?? '—')}</span> · {t(`enums:expertiseLevel.${e.level}`)}
            </Text>
          </div>
          <Badge variant="light" color={COLORS[e.status] ?? 'gray'}>
            {t(`workspaceVolunteering:engagementStatus.${e.status}`)}
          </Badge>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="xs" m={0}>
          {(['scope', 'deliverables'] as const).map((k) => (
            <div key={k}>
              <Text component="dt" size="xs" c="dimmed" fw={600}>{t(`workspaceVolunteering:expertise.${k}`)}</Text>
              <Text component="dd" size="sm" m={0}>
                <UserText size="sm" style={{ whiteSpace: 'pre-line' }}>{e[k]}</UserText>
              </Text>
            </div>
          ))}
          <div>
            <Text component="dt" size="xs" c="dimmed" fw={600}>{t('workspaceVolunteering:expertise.total')}</Text>
            <Text component="dd" size="sm" fw={600} m={0}>
              {durationText(e.totalMinutes, lang)}
              {value && <Text component="span" size="xs" c="dimmed" fw={400} display="block">{t('workspaceVolunteering:hours.value', { value })}</Text>}
            </Text>
          </div>
        </SimpleGrid>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={toggle} aria-expanded={logsOpen} aria-controls={logsId}>
            {logsOpen ? t('workspaceVolunteering:expertise.hideLogs') : t('workspaceVolunteering:expertise.showLogs')}
          </Button>
          {manage && e.status === 'active' && (
            <ConfirmAction
              label={t('workspaceVolunteering:expertise.signOff')}
              title={t('workspaceVolunteering:expertise.signOffTitle', { name })}
              message={t(value ? 'workspaceVolunteering:expertise.signOffMessageValue' : 'workspaceVolunteering:expertise.signOffMessage', { duration: durationText(e.totalMinutes, lang), level: t(`enums:expertiseLevel.${e.level}`), value })}
              confirmLabel={t('workspaceVolunteering:expertise.signOffConfirm')}
              color="ataa"
              variant="filled"
              loading={signOff.isPending}
              confirmDisabled={e.totalMinutes <= 0}
              onConfirm={async () => {
                await signOff.mutateAsync(e.id);
                notify({ message: t('workspaceVolunteering:expertise.signedOff', { name }) });
              }}
            >
              {e.totalMinutes <= 0 && <Text size="sm" c="red.9">{t('workspaceVolunteering:expertise.nothingLogged')}</Text>}
              <ErrorAlert error={signOff.error} />
            </ConfirmAction>
          )}
          {manage && e.status === 'active' && (
            <ReasonAction
              label={t('workspaceVolunteering:expertise.cancel')}
              title={t('workspaceVolunteering:expertise.cancelTitle', { name })}
              message={t('workspaceVolunteering:expertise.cancelMessage')}
              confirmLabel={t('workspaceVolunteering:expertise.cancelConfirm')}
              reasonLabel={t('workspaceVolunteering:expertise.cancelReason')}
              required
              pending={cancel.isPending}
              error={cancel.error}
              onConfirm={async (reason) => {
                await cancel.mutateAsync({ id: e.id, reason });
                notify({ message: t('workspaceVolunteering:expertise.cancelled', { name }) });
              }}
            />
          )}
          {e.signedOffAt && <Text size="xs" c="dimmed">{t('workspaceVolunteering:expertise.signedOffOn', { date: formatDate(e.signedOffAt, lang).gregorian })}</Text>}
          {e.status === 'cancelled' && e.cancelledAt && (
            <Text size="xs" c="dimmed">
              {t(e.cancelledBy === e.expert.userId ? 'workspaceVolunteering:expertise.cancelledByExpertOn' : 'workspaceVolunteering:expertise.cancelledOn', { date: formatDate(e.cancelledAt, lang).gregorian })}
            </Text>
          )}
        </Group>
        {e.status === 'cancelled' && e.cancelReason && (
          <Text size="sm">
            {t('workspaceVolunteering:expertise.cancelReasonShown')} <UserText size="sm">{e.cancelReason}</UserText>
          </Text>
        )}
        <Collapse expanded={logsOpen} id={logsId}>{logsOpen && <Logs id={e.id} />}</Collapse>
      </Stack>
    </Paper>
  );
}
