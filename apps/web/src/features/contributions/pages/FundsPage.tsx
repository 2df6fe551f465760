import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { pickLocalized } from '../../../lib/localized.ts';
import type { Fund } from '../api.ts';
import { ContributionTotals } from '../components/ContributionTotals.tsx';
import { useFund, useFunds } from '../hooks.ts';
import { nameOf } from '../labels.ts';

/** The designations a fund accepts, as small badges. */
function Designations({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" aria-label={t('contributions:funds.accepts')}>
      {fund.designations.map((d) => (
        <Badge key={d} variant="outline" color="ataa" size="sm">
          {t(`contributions:designation.${d}`)}
        </Badge>
      ))}
    </Group>
  );
}

/** "Give" to a fund (only while it is open). */
function GiveButton({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  if (fund.status !== 'open') return null;
  return (
    <Button component={Link} to={`/funds/${fund.id}/give`} data-testid="fund-give">
      {t('contributions:funds.give')}
    </Button>
  );
}

/** `/funds`: the pooled funds open for giving. */
export function FundsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const funds = useFunds();
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <PageHeader title={t('contributions:funds.title')} description={t('contributions:funds.description')} />
      {funds.isPending && <LoadingState />}
      {funds.isError && <ErrorAlert error={funds.error} onRetry={() => void funds.refetch()} />}
      {funds.data?.items.length === 0 && <EmptyState title={t('contributions:funds.empty')} description={t('contributions:funds.emptyHint')} />}
      {funds.data && funds.data.items.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {funds.data.items.map((f) => {
            const name = nameOf(f, lang);
            const description = pickLocalized(f.descriptionAr, f.descriptionEn, lang);
            const org = nameOf(f.managingOrganisation, lang);
            return (
              <Card key={f.id} withBorder component="article" data-testid="fund">
                <Stack gap="xs">
                  <Title order={2} size="h4">
                    <Anchor component={Link} to={`/funds/${f.id}`} c="inherit" dir="auto" lang={name.lang}>
                      {name.text}
                    </Anchor>
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('contributions:funds.managedBy')} <UserText lang={org.lang}>{org.text}</UserText>
                  </Text>
                  {description && (
                    <UserText component="p" size="sm" lineClamp={3} lang={description.lang}>
                      {description.text}
                    </UserText>
                  )}
                  <Designations fund={f} />
                  <Group>
                    <GiveButton fund={f} />
                  </Group>
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** `/funds/:fundId`: a fund, what it has received (by designation) and "Give". */
export function FundPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { fundId = '' } = useParams();
  const fund = useFund(fundId);
  if (fund.isPending) return <LoadingState />;
  if (fund.isError) return <ErrorAlert error={fund.error} onRetry={() => void fund.refetch()} />;
  const f = fund.data;
  const name = nameOf(f, lang);
  const description = pickLocalized(f.descriptionAr, f.descriptionEn, lang);
  const org = nameOf(f.managingOrganisation, lang);
  const received = Object.keys(f.totals.byKind).length > 0;
  return (
    <Stack gap="md" maw={900}>
      <PageHeader
        title={name.text}
        titleLang={name.lang}
        description={
          <>
            {t('contributions:funds.managedBy')}{' '}
            <Anchor component={Link} to={`/organisations/${f.managingOrganisation.id}`} dir="auto" lang={org.lang} size="sm">
              {org.text}
            </Anchor>
          </>
        }
        actions={<GiveButton fund={f} />}
      />
      {f.status !== 'open' && <EmptyState title={t('contributions:funds.closed')} description={t('contributions:funds.closedHint')} />}
      {description && (
        <UserText component="p" lang={description.lang} style={{ whiteSpace: 'pre-line' }}>
          {description.text}
        </UserText>
      )}
      <Designations fund={f} />
      <Paper withBorder p="md">
        <Title order={2} size="h5" fw={500}>
          {t('contributions:funds.confirmedTotal')}
        </Title>
        <Text fz={28} fw={700} c="ataa.8" data-testid="fund-total">
          {formatMoney(f.totals.confirmedValueFils, 'AED', lang)}
        </Text>
        {!received && (
          <Text size="sm" c="dimmed">
            {t('contributions:funds.nothingYet')}
          </Text>
        )}
      </Paper>
      <ContributionTotals totals={f.totals} heading={t('contributions:funds.totals')} />
      <Group>
        <Anchor component={Link} to="/funds" size="sm">
          {t('contributions:funds.all')}
        </Anchor>
      </Group>
    </Stack>
  );
}
