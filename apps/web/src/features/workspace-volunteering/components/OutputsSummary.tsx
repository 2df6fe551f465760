import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useKnowledgeOutputs } from '../hooks-knowledge.ts';
import { durationText } from '../time.ts';

/** What the confirmed sessions reached: sessions held, people reached, time given. */
export function OutputsSummary({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const outputs = useKnowledgeOutputs(orgId);
  if (outputs.isError) return <ErrorAlert error={outputs.error} onRetry={() => void outputs.refetch()} />;
  const o = outputs.data;
  const n = (x: number | undefined) => (x === undefined ? '…' : formatNumber(x, i18n.language));
  const stats = [
    { label: t('workspaceVolunteering:knowledge.outputs.sessions'), value: n(o?.sessions) },
    { label: t('workspaceVolunteering:knowledge.outputs.attendees'), value: n(o?.attendees) },
    { label: t('workspaceVolunteering:knowledge.outputs.time'), value: o ? durationText(o.minutes ?? 0, i18n.language) : '…' },
  ];
  return (
    <section aria-labelledby="outputs-heading" aria-busy={outputs.isPending}>
      <Text id="outputs-heading" fw={700} mb="xs">
        {t('workspaceVolunteering:knowledge.outputs.title')}
      </Text>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" m={0}>
        {stats.map((s) => (
          <Paper key={s.label} withBorder p="sm">
            <Text component="dt" size="sm" c="dimmed">
              {s.label}
            </Text>
            <Text component="dd" size="xl" fw={700} m={0}>
              {s.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
