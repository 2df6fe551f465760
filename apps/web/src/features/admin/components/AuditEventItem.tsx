import { Code, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { UserText } from '../../../components/UserText.tsx';
import type { AuditEvent } from '../api.ts';

function Snapshot({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="xs" c="dimmed">
          {t('admin:audit.none')}
        </Text>
      ) : (
        <Code block dir="ltr" className="json-block" tabIndex={0} aria-label={label}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </div>
  );
}

/** One audit event: when, who (acting for whom), what, and the before/after snapshots on demand. */
export function AuditEventItem({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Code dir="ltr" fw={600}>
            {event.action}
          </Code>
          <DateText iso={event.at} time hijri={false} size="xs" />
        </Group>
        <Text size="sm">
          {t('admin:audit.by')}{' '}
          {event.actorName ? <UserText fw={600}>{event.actorName}</UserText> : <span>{t('admin:audit.system')}</span>}
          {event.actingOrganisationId && (
            <>
              {' · '}
              {t('admin:audit.actingFor')} <Code dir="ltr">{event.actingOrganisationId}</Code>
            </>
          )}
        </Text>
        <Text size="sm">
          {t('admin:audit.entity')} <Code dir="ltr">{event.entityType}</Code> {event.entityId && <Code dir="ltr">{event.entityId}</Code>}
        </Text>
        <details>
          <summary>
            <Text component="span" size="sm">
              {t('admin:audit.changes')}
            </Text>
          </summary>
          <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs">
            <Snapshot label={t('admin:audit.before')} value={event.before} />
            <Snapshot label={t('admin:audit.after')} value={event.after} />
          </SimpleGrid>
          {event.requestId && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('admin:audit.requestId')} <span dir="ltr">{event.requestId}</span>
            </Text>
          )}
        </details>
      </Stack>
    </Paper>
  );
}
