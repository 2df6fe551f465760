import { Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RequireAuth } from '../../identity/components/RequireAuth.tsx';
import type { FundDetail } from '../api.ts';
import { GiveConfirmation, type GiveResult } from '../components/GiveConfirmation.tsx';
import { GiveMoneyForm } from '../components/GiveMoneyForm.tsx';
import { useFund } from '../hooks.ts';
import { isolate, nameOf } from '../labels.ts';
import { useActingOrganisation } from './GivePage.tsx';

function GiveToFund({ fund }: { fund: FundDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const acting = useActingOrganisation();
  const [result, setResult] = useState<GiveResult | null>(null);
  const [round, setRound] = useState(0);
  const name = nameOf(fund, lang);
  const org = nameOf(fund.managingOrganisation, lang);
  const back = { to: `/funds/${fund.id}`, label: t('contributions:funds.back') };

  let body: React.ReactNode;
  if (result) body = <GiveConfirmation result={result} back={back} organisation={{ name: org.text, lang: org.lang }} onAgain={() => { setResult(null); setRound((r) => r + 1); }} />;
  else if (fund.status !== 'open')
    body = (
      <EmptyState
        title={t('contributions:funds.closed')}
        description={t('contributions:funds.closedHint')}
        action={
          <Button component={Link} to="/funds" variant="default">
            {t('contributions:funds.all')}
          </Button>
        }
      />
    );
  else body = <GiveMoneyForm key={round} target={{ fundId: fund.id }} designations={fund.designations} remaining={null} acting={acting} onDone={setResult} />;

  return (
    <Stack gap="md" maw={760}>
      <PageHeader
        title={t('contributions:give.title', { initiative: isolate(name.text) })}
        documentTitle={t('contributions:give.documentTitle')}
        description={
          <>
            {t('contributions:funds.managedBy')}{' '}
            <Anchor component={Link} to={`/organisations/${fund.managingOrganisation.id}`} dir="auto" lang={org.lang} size="sm">
              {org.text}
            </Anchor>
            {' · '}
            <Anchor component={Link} to={back.to} size="sm">
              {t('contributions:funds.about')}
            </Anchor>
          </>
        }
      />
      {body}
    </Stack>
  );
}

function GiveFundLoader() {
  const { fundId = '' } = useParams();
  const fund = useFund(fundId);
  if (fund.isPending) return <LoadingState />;
  if (fund.isError) return <ErrorAlert error={fund.error} onRetry={() => void fund.refetch()} />;
  return <GiveToFund fund={fund.data} />;
}

/** `/funds/:fundId/give`: give money to a pooled fund (sign-in first); the same form as a need's. */
export function GiveFundPage() {
  return (
    <RequireAuth>
      <GiveFundLoader />
    </RequireAuth>
  );
}
