import { Alert, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatMoney, formatNumber } from '../../../lib/format.ts';
import type { PublicReceipt } from '../api.ts';
import { ContributionStatusBadge } from '../components/ContributionStatusBadge.tsx';
import { ReceiptCodeForm } from '../components/ReceiptCodeForm.tsx';
import { usePublicReceipt } from '../hooks.ts';
import { nameOf, quantityText, titleOf } from '../labels.ts';

/** A label and its value, as a definition-list pair. */
function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {children}
      </Text>
    </div>
  );
}

/** The genuine receipt: who issued it, when, for what and how much, and whether it still stands. */
function Genuine({ receipt: r }: { receipt: PublicReceipt }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const org = nameOf(r.organisation, lang);
  const initiative = titleOf(r.initiative, lang);
  const withdrawn = r.status === 'refunded' || r.status === 'reversed' || r.status === 'cancelled';
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} data-testid="receipt-genuine" data-status={r.status}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="green" size="xl" radius="xl" aria-hidden="true">
            ✓
          </ThemeIcon>
          <div>
            <Title order={2} size="h3">
              {t('contributions:check.genuine')}
            </Title>
            <Text size="sm">{t('contributions:check.genuineText')}</Text>
          </div>
        </Group>
        {withdrawn && (
          <Alert color="red" variant="filled" title={t(`contributions:check.withdrawn.${r.status}`)} data-testid="receipt-withdrawn">
            {t('contributions:check.withdrawnText')}
          </Alert>
        )}
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Fact label={t('contributions:check.number')}>{formatNumber(r.number, lang, { useGrouping: false })}</Fact>
          <Fact label={t('contributions:check.organisation')}>
            <UserText lang={org.lang} fw={600}>
              {org.text}
            </UserText>
          </Fact>
          <Fact label={t('contributions:check.issued')}>
            <DateText iso={r.issuedAt} />
          </Fact>
          <Fact label={t('contributions:check.initiative')}>
            <UserText lang={initiative.lang} fw={600}>
              {initiative.text}
            </UserText>
          </Fact>
          <Fact label={t('contributions:check.what')}>
            {t(`contributions:kind.${r.kind}`)}: {quantityText(t, lang, r.quantity, r.unit)}
            {r.kind !== 'money' && r.valueFils > 0 && <> ({formatMoney(r.valueFils, 'AED', lang)})</>}
          </Fact>
          {r.designation && <Fact label={t('contributions:check.designation')}>{t(`contributions:designation.${r.designation}`)}</Fact>}
          <Fact label={t('contributions:check.status')}>
            <ContributionStatusBadge status={r.status} size="lg" />
          </Fact>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('contributions:check.privacy')}
        </Text>
      </Stack>
    </Paper>
  );
}

function Result({ token }: { token: string }) {
  const { t } = useTranslation();
  const receipt = usePublicReceipt(token);
  if (receipt.isPending) return <LoadingState />;
  if (receipt.isError) {
    const missing = receipt.error instanceof ApiError && receipt.error.status === 404;
    if (!missing) return <ErrorAlert error={receipt.error} onRetry={() => void receipt.refetch()} />;
    return (
      <Alert color="red" variant="light" title={t('contributions:check.notFound')} data-testid="receipt-not-found" role="alert">
        {t('contributions:check.notFoundText')}
      </Alert>
    );
  }
  return <Genuine receipt={receipt.data} />;
}

/** `/verify/receipts` and `/verify/receipts/:token`: check that a receipt is genuine (public, no names). */
export function VerifyReceiptPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={t('contributions:check.title')} description={t('contributions:check.description')} />
      {token && <Result token={token} />}
      <Paper withBorder p="md">
        <ReceiptCodeForm key={token} initial={token} />
      </Paper>
    </Stack>
  );
}
