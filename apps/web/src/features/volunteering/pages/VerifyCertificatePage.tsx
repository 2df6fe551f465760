import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Fact } from '../../../components/Fact.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { GenuineCard, VerifyCodeForm, VerifyLayout, VerifyOutcome } from '../../../components/VerifyByCode.tsx';
import { pickLocalized } from '../../../lib/localized.ts';
import type { PublicCertificate } from '../api-recognition.ts';
import { periodText } from '../components/CertificateItem.tsx';
import { usePublicCertificate } from '../hooks.ts';
import { formatDuration } from '../labels.ts';
import { formatDay } from '../time.ts';

/** The token in what was pasted: the token itself, or the verification link that carries it. */
export function certificateTokenOf(input: string): string | null {
  const m = /(?:^|\/)([A-Za-z0-9_-]{16,128})\/?(?:[?#].*)?$/.exec(input.trim());
  return m ? m[1] : null;
}

function Genuine({ c }: { c: PublicCertificate }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const issuer = pickLocalized(c.issuerAr, c.issuerEn, lang);
  return (
    <GenuineCard title={t('volunteering:verify.genuine')} text={t('volunteering:verify.genuineText')} privacy={t('volunteering:verify.privacy')} testId="certificate-genuine">
      <Fact look="strong" label={t('volunteering:verify.hours')}>{formatDuration(t, c.minutes, lang)}</Fact>
      <Fact look="strong" label={t('volunteering:verify.issuer')}>
        {issuer ? (
          <UserText lang={issuer.lang} fw={600}>
            {issuer.text}
          </UserText>
        ) : (
          '—'
        )}
      </Fact>
      <Fact look="strong" label={t('volunteering:verify.period')}>{periodText(c.periodFrom, c.periodTo, lang)}</Fact>
      <Fact look="strong" label={t('volunteering:verify.issued')}>{formatDay(c.issuedAt, lang)}</Fact>
      <Fact look="strong" label={t('volunteering:verify.scope')}>{t(`volunteering:certificates.kind.${c.scope}`)}</Fact>
    </GenuineCard>
  );
}

function Result({ token }: { token: string }) {
  const { t } = useTranslation();
  const cert = usePublicCertificate(token);
  return (
    <VerifyOutcome query={cert} notFound={{ title: t('volunteering:verify.notFound'), text: t('volunteering:verify.notFoundText'), testId: 'certificate-not-found' }}>
      {(data) => <Genuine c={data} />}
    </VerifyOutcome>
  );
}

/** Paste a certificate's link or code to check it. */
function TokenForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  return (
    <VerifyCodeForm
      initial={initial}
      parse={certificateTokenOf}
      path="/verify/certificates"
      texts={{
        formLabel: t('volunteering:verify.formLabel'),
        code: t('volunteering:verify.code'),
        codeHint: t('volunteering:verify.codeHint'),
        submit: t('volunteering:verify.submit'),
        badCode: t('volunteering:verify.badCode'),
      }}
    />
  );
}

/** `/verify/certificates/:token`: public check of a certificate — hours, issuer and period only. */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <VerifyLayout
      title={t('volunteering:verify.title')}
      description={t('volunteering:verify.description')}
      result={token && <Result token={token} />}
      form={<TokenForm key={token} initial={token} />}
    />
  );
}
