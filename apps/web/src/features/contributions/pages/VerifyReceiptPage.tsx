import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { Fact } from '../../../components/Fact.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { GenuineCard, VerifyLayout, VerifyOutcome } from '../../../components/VerifyByCode.tsx';
import { formatMoney, formatNumber } from '../../../lib/format.ts';
import type { PublicReceipt } from '../api.ts';
import { ContributionStatusBadge } from '../components/ContributionStatusBadge.tsx';
import { ReceiptCodeForm } from '../components/ReceiptCodeForm.tsx';
import { usePublicReceipt } from '../hooks.ts';
import { nameOf, quantityText, titleOf } from '../labels.ts';

/** The genuine receipt: who issued it, when, for what and how much, and whether it still stands. */
function Genuine({ receipt: r }: { receipt: PublicReceipt }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const org = nameOf(r.organisation, lang);
  const initiative = titleOf(r.initiative, lang);
  const withdrawn = r.status === 'refunded' || r.status === 'reversed' || r.status === 'cancelled';
  return (
    <GenuineCard
      title={t('contributions:check.genuine')}
      text={t('contributions:check.genuineText')}
      privacy={t('contributions:check.privacy')}
      testId="receipt-genuine"
      status={r.status}
      notice={
        withdrawn && (
          <Alert color="red" variant="filled" title={t(`contributions:check.withdrawn.${r.status}`)} data-testid="receipt-withdrawn">
            {t('contributions:check.withdrawnText')}
          </Alert>
        )
      }
    >
      <Fact look="strong" label={t('contributions:check.number')}>{formatNumber(r.number, lang, { useGrouping: false })}</Fact>
      <Fact look="strong" label={t('contributions:check.organisation')}>
        <UserText lang={org.lang} fw={600}>
          {org.text}
        </UserText>
      </Fact>
      <Fact look="strong" label={t('contributions:check.issued')}>
        <DateText iso={r.issuedAt} />
      </Fact>
      <Fact look="strong" label={t('contributions:check.initiative')}>
        <UserText lang={initiative.lang} fw={600}>
          {initiative.text}
        </UserText>
      </Fact>
      <Fact look="strong" label={t('contributions:check.what')}>
        {t(`contributions:kind.${r.kind}`)}: {quantityText(t, lang, r.quantity, r.unit)}
        {r.kind !== 'money' && r.valueFils > 0 && <> ({formatMoney(r.valueFils, 'AED', lang)})</>}
      </Fact>
      {r.designation && <Fact look="strong" label={t('contributions:check.designation')}>{t(`contributions:designation.${r.designation}`)}</Fact>}
      <Fact look="strong" label={t('contributions:check.status')}>
        <ContributionStatusBadge status={r.status} size="lg" />
      </Fact>
    </GenuineCard>
  );
}

function Result({ token }: { token: string }) {
  const { t } = useTranslation();
  const receipt = usePublicReceipt(token);
  return (
    <VerifyOutcome query={receipt} notFound={{ title: t('contributions:check.notFound'), text: t('contributions:check.notFoundText'), testId: 'receipt-not-found' }}>
      {(data) => <Genuine receipt={data} />}
    </VerifyOutcome>
  );
}

/** `/verify/receipts` and `/verify/receipts/:token`: check that a receipt is genuine (public, no names). */
export function VerifyReceiptPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <VerifyLayout
      title={t('contributions:check.title')}
      description={t('contributions:check.description')}
      result={token && <Result token={token} />}
      form={<ReceiptCodeForm key={token} initial={token} />}
    />
  );
}
