import { Badge, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatList } from '../../../lib/format.ts';
import { CreateTokenForm } from '../components/CreateTokenForm.tsx';
import { useRevokeToken, useTokens } from '../hooks.ts';

/** `/me/tokens`: personal-access tokens for the API — create (secret shown once), list, revoke. */
export function TokensPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const tokens = useTokens();
  const revoke = useRevokeToken();

  async function doRevoke(id: string) {
    try {
      await revoke.mutateAsync(id);
      notify({ message: t('identity:tokens.revoked') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Stack>
      <PageHeader order={2} title={t('identity:tokens.title')} description={t('identity:tokens.description')} />
      <Paper withBorder p="md" maw={640}>
        <Title order={3} size="h4" mb="sm">
          {t('identity:tokens.new')}
        </Title>
        <CreateTokenForm />
      </Paper>
      <Title order={3} size="h4">
        {t('identity:tokens.list')}
      </Title>
      {tokens.isPending && <LoadingState />}
      {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {tokens.data && tokens.data.items.length === 0 && <EmptyState title={t('identity:tokens.empty')} />}
      {tokens.data && tokens.data.items.length > 0 && (
        <DataTable
          caption={t('identity:tokens.list')}
          head={[t('identity:tokens.name'), t('identity:tokens.prefix'), t('identity:tokens.scopes'), t('common:createdAt'), t('identity:tokens.lastUsed'), t('identity:tokens.expires'), <span className="visually-hidden">{t('common:actions')}</span>]}
        >
          {tokens.data.items.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>
                <UserText fw={600}>{token.name}</UserText>
              </Table.Td>
              <Table.Td>
                <Code dir="ltr">{token.prefix}…</Code>
              </Table.Td>
              <Table.Td>{formatList(token.scopes.map((s) => t(`enums:tokenScope.${s}`)), i18n.language)}</Table.Td>
              <Table.Td>
                <DateText iso={token.createdAt} hijri={false} />
              </Table.Td>
              <Table.Td>{token.lastUsedAt ? <DateText iso={token.lastUsedAt} hijri={false} time /> : <Text size="sm">{t('identity:tokens.neverUsed')}</Text>}</Table.Td>
              <Table.Td>{token.expiresAt ? <DateText iso={token.expiresAt} hijri={false} /> : <Text size="sm">{t('identity:tokens.never')}</Text>}</Table.Td>
              <Table.Td>
                {token.revokedAt ? (
                  <Badge color="gray" variant="light">{t('identity:tokens.revokedBadge')}</Badge>
                ) : (
                  <ConfirmAction
                    label={t('identity:tokens.revoke')}
                    title={t('identity:tokens.revokeTitle')}
                    message={t('identity:tokens.revokeMessage', { name: token.name })}
                    loading={revoke.isPending}
                    onConfirm={() => doRevoke(token.id)}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
