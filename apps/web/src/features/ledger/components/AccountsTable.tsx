import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { useAccounts } from '../hooks.ts';

/** What an account name stands for: `contributor:user:<id>`, `contributor:org:<id>`, `contributor:external`, `need:<id>`. */
function accountKind(account: string): string {
  if (account.startsWith('contributor:user:')) return 'person';
  if (account.startsWith('contributor:org:')) return 'organisation';
  if (account === 'contributor:external') return 'external';
  if (account.startsWith('need:')) return 'need';
  return 'other';
}

/** Balances of the double-entry books (money given out of contributors' accounts into needs'). */
export function AccountsTable() {
  const { t, i18n } = useTranslation();
  const accounts = useAccounts();
  if (accounts.isPending) return <LoadingState />;
  if (accounts.isError) return <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />;
  if (accounts.data.items.length === 0) return <EmptyState title={t('ledger:accounts.empty')} />;
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('ledger:accounts.description')}
      </Text>
      <DataTable caption={t('ledger:accounts.title')} head={[t('ledger:accounts.kind'), t('ledger:accounts.account'), t('ledger:accounts.balance')]} minWidth={560}>
        {accounts.data.items.map((a) => (
          <Table.Tr key={a.account}>
            <Table.Td>{t(`ledger:accounts.kinds.${accountKind(a.account)}`)}</Table.Td>
            <Table.Td>
              <code dir="ltr" style={{ overflowWrap: 'anywhere' }}>
                {a.account}
              </code>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoney(a.balanceFils, a.currency || 'AED', i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
}
