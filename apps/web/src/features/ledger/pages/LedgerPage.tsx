import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RoleGate } from '../../admin/components/RoleGate.tsx';
import { AccountsTable } from '../components/AccountsTable.tsx';
import { EntriesBrowser } from '../components/EntriesBrowser.tsx';
import { VerificationReportView } from '../components/VerificationReportView.tsx';
import { useVerification } from '../hooks.ts';
import { LEDGER_ACCESS } from '../roles.ts';

const TABS = ['verification', 'entries', 'accounts'] as const;

function Verification() {
  const report = useVerification();
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  return <VerificationReportView report={report.data} onRerun={() => void report.refetch()} rerunning={report.isFetching} />;
}

function Ledger() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'verification';
  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('ledger:title')} description={t('ledger:description')} />
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'verification' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`ledger:tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="verification" pt="md">
          <Verification />
        </Tabs.Panel>
        <Tabs.Panel value="entries" pt="md">
          <EntriesBrowser />
        </Tabs.Panel>
        <Tabs.Panel value="accounts" pt="md">
          <AccountsTable />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** `/console/ledger`: verification report, entries browser and account balances (admins, verifiers). */
export function LedgerPage() {
  return (
    <RoleGate roles={LEDGER_ACCESS.ledger}>
      <Ledger />
    </RoleGate>
  );
}
