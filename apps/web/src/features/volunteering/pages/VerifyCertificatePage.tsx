import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { ApiError } from '../../../lib/api.ts';
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

function Genuine({ c }: { c: PublicCertificate }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const issuer = pickLocalized(c.issuerAr, c.issuerEn, lang);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} data-testid="certificate-genuine">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="green" size="xl" radius="xl" aria-hidden="true">
            ✓
          </ThemeIcon>
          <div>
            <Title order={2} size="h3">
              {t('volunteering:verify.genuine')}
            </Title>
            <Text size="sm">{t('volunteering:verify.genuineText')}</Text>
          </div>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Fact label={t('volunteering:verify.hours')}>{formatDuration(t, c.minutes, lang)}</Fact>
          <Fact label={t('volunteering:verify.issuer')}>
            {issuer ? (
              <UserText lang={issuer.lang} fw={600}>
                {issuer.text}
              </UserText>
            ) : (
              '—'
            )}
          </Fact>
          <Fact label={t('volunteering:verify.period')}>{periodText(c.periodFrom, c.periodTo, lang)}</Fact>
          <Fact label={t('volunteering:verify.issued')}>{formatDay(c.issuedAt, lang)}</Fact>
          <Fact label={t('volunteering:verify.scope')}>{t(`volunteering:certificates.kind.${c.scope}`)}</Fact>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('volunteering:verify.privacy')}
        </Text>
      </Stack>
    </Paper>
  );
}

function Result({ token }: { token: string }) {
  const { t } = useTranslation();
  const cert = usePublicCertificate(token);
  if (cert.isPending) return <LoadingState />;
  if (cert.isError) {
    if (!(cert.error instanceof ApiError && cert.error.status === 404)) return <ErrorAlert error={cert.error} onRetry={() => void cert.refetch()} />;
    return (
      <Alert color="red" variant="light" role="alert" title={t('volunteering:verify.notFound')} data-testid="certificate-not-found">
        {t('volunteering:verify.notFoundText')}
      </Alert>
    );
  }
  return <Genuine c={cert.data} />;
}

/** Paste a certificate's link or code to check it. */
function TokenForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      role="search"
      aria-label={t('volunteering:verify.formLabel')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const token = certificateTokenOf(value);
        if (!token) return setError(t('volunteering:verify.badCode'));
        void navigate(`/verify/certificates/${token}`);
      }}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('volunteering:verify.code')}
          description={t('volunteering:verify.codeHint')}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit" mt={{ base: 0, sm: 46 }}>
          {t('volunteering:verify.submit')}
        </Button>
      </Group>
    </form>
  );
}

/** `/verify/certificates/:token`: public check of a certificate — hours, issuer and period only. */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={t('volunteering:verify.title')} description={t('volunteering:verify.description')} />
      {token && <Result token={token} />}
      <Paper withBorder p="md">
        <TokenForm key={token} initial={token} />
      </Paper>
    </Stack>
  );
}
