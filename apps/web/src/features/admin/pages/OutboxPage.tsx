import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PlainTextBody } from '../../../components/PlainTextBody.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { UserText } from '../../../components/UserText.tsx';
import type { OutboxMessage } from '../api.ts';
import { RoleGate } from '../components/RoleGate.tsx';
import { useOutbox } from '../hooks.ts';
import { CONSOLE_ACCESS } from '../roles.ts';

function MessageState({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  if (message.sentAt) return <Badge color="green" variant="light">{t('admin:outbox.sent')}</Badge>;
  if (message.lastError) return <Badge color="red" variant="light">{t('admin:outbox.failed')}</Badge>;
  return <Badge color="yellow" variant="light">{t('admin:outbox.queued')}</Badge>;
}

function Outbox() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const outbox = useOutbox(page);
  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('admin:outbox.title')} description={t('admin:outbox.description')} />
      {outbox.isPending && <LoadingState />}
      {outbox.isError && <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data?.items.length === 0 && <EmptyState title={t('admin:outbox.empty')} />}
      {outbox.data && outbox.data.items.length > 0 && (
        <>
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('admin:outbox.title')}>
            {outbox.data.items.map((m) => (
              <Paper key={m.id} withBorder p="sm" component="li">
                <Stack gap={6}>
                  <Group justify="space-between" align="flex-start" wrap="wrap">
                    <UserText fw={700} lang={m.locale}>{m.subject}</UserText>
                    <MessageState message={m} />
                  </Group>
                  <Text size="sm">
                    {t('admin:outbox.to')} <span dir="ltr">{m.toAddress}</span> · <Badge variant="outline" color="gray" size="sm">{m.kind}</Badge>
                  </Text>
                  <DateText iso={m.createdAt} time hijri={false} size="xs" />
                  {m.lastError && (
                    <Text size="xs" c="red.9" dir="ltr">
                      {m.lastError}
                    </Text>
                  )}
                  <details>
                    <summary>
                      <Text component="span" size="sm">
                        {t('admin:outbox.body')}
                      </Text>
                    </summary>
                    <PlainTextBody text={m.bodyText} label={m.subject} lang={m.locale} />
                  </details>
                </Stack>
              </Paper>
            ))}
          </Stack>
          <Pager page={outbox.data.page} pageSize={outbox.data.pageSize} total={outbox.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

/** `/console/outbox`: emails waiting or sent, readable here when no SMTP server is configured. */
export function OutboxPage() {
  return (
    <RoleGate roles={CONSOLE_ACCESS.outbox}>
      <Outbox />
    </RoleGate>
  );
}
