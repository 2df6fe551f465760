import { Anchor, Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserText } from '../../../components/UserText.tsx';
import { pickLocalized } from '../../../lib/localized.ts';
import { certificateUrls, type Certificate } from '../api-recognition.ts';
import { formatDuration } from '../labels.ts';
import { formatDay } from '../time.ts';

/** "1 March 2026 – 30 April 2026", or one date when the period is a single day. */
export function periodText(from: string, to: string, locale: string): string {
  const a = formatDay(from, locale);
  const b = formatDay(to, locale);
  return a === b ? a : `${a} – ${b}`;
}

/** One certificate I hold: what it covers, the hours, the issuer, and where to open, download or share it. */
export function CertificateItem({ certificate: c }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const urls = certificateUrls(c);
  const issuer = pickLocalized(c.issuerAr, c.issuerEn, lang);
  // The shareable link names the server's public address; inside the app, follow its path.
  const verifyPath = new URL(c.verifyUrl, window.location.origin).pathname;
  const kind = c.scope === 'year' && c.year ? t('volunteering:certificates.kindYear', { year: String(c.year) }) : t(`volunteering:certificates.kind.${c.scope}`);
  return (
    <Paper withBorder p="sm" component="li" data-testid="certificate" data-id={c.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
          <Text fw={600}>
            {kind}
            {c.number && (
              <Text span size="xs" c="dimmed" ms={6}>
                {t('volunteering:certificates.number', { number: c.number })}
              </Text>
            )}
          </Text>
          <Text fw={700} size="lg" data-testid="certificate-hours">
            {formatDuration(t, c.minutes, lang)}
          </Text>
        </Group>
        {issuer && (
          <Text size="sm">
            {t('volunteering:certificates.issuer')}{' '}
            <UserText lang={issuer.lang} fw={600} size="sm">
              {issuer.text}
            </UserText>
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('volunteering:certificates.period', { period: periodText(c.periodFrom, c.periodTo, lang) })} · {t('volunteering:certificates.issuedOn', { date: formatDay(c.issuedAt, lang) })}
        </Text>
        <Group gap="md" wrap="wrap">
          <Anchor href={urls.html} target="_blank" rel="noopener" size="sm" aria-label={`${t('volunteering:certificates.open')} ${t('common:newTab')}`}>
            {t('volunteering:certificates.open')}
          </Anchor>
          <Anchor href={urls.pdf} target="_blank" rel="noopener" size="sm" aria-label={`${t('volunteering:certificates.pdf')} ${t('common:newTab')}`}>
            {t('volunteering:certificates.pdf')}
          </Anchor>
          <Anchor component={Link} to={verifyPath} size="sm">
            {t('volunteering:certificates.verifyLink')}
          </Anchor>
          <CopyButton value={c.verifyUrl}>
            {({ copied, copy }) => (
              <Button size="compact-xs" variant="subtle" onClick={copy}>
                {copied ? t('common:copied') : t('volunteering:certificates.copyLink')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}
