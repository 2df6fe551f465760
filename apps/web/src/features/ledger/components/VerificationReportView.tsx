import { Alert, Badge, Button, Code, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { VerificationReport } from '../api.ts';
import { brokenReasonKey, KNOWN_CHECKS } from '../roles.ts';

/** A number with its label, in a small bordered box. */
function Stat({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Paper>
  );
}

/** Props of {@link VerificationReportView}. */
export interface VerificationReportViewProps {
  report: VerificationReport;
  onRerun: () => void;
  rerunning: boolean;
}

/** The ledger's health at a glance (green or red), then the chain, the daily roots and each check. */
export function VerificationReportView({ report: r, onRerun, rerunning }: VerificationReportViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reasonKey = r.chain.firstBroken ? brokenReasonKey(r.chain.firstBroken.reason) : null;
  const checkText = (name: string, fallback?: string) => (KNOWN_CHECKS.includes(name) ? t(`ledger:checks.${name}`) : (fallback ?? name));

  return (
    <Stack gap="md">
      <Alert
        color={r.ok ? 'green' : 'red'}
        variant={r.ok ? 'light' : 'filled'}
        title={r.ok ? t('ledger:verification.ok') : t('ledger:verification.broken')}
        data-testid="ledger-status"
        data-ok={r.ok}
        role="status"
      >
        <Stack gap={4}>
          <Text size="sm">{r.ok ? t('ledger:verification.okText') : t('ledger:verification.brokenText')}</Text>
          <Text size="xs" component="div">
            {t('ledger:verification.at')} <DateText iso={r.verifiedAt} time hijri={false} size="xs" />
          </Text>
          <div>
            <Button size="xs" variant={r.ok ? 'default' : 'white'} onClick={onRerun} loading={rerunning}>
              {t('ledger:verification.rerun')}
            </Button>
          </div>
        </Stack>
      </Alert>

      <Title order={3} size="h4">
        {t('ledger:verification.chain')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <Stat label={t('ledger:verification.entries')} value={formatNumber(r.chain.entries, lang)} testId="chain-entries" />
        <Stat label={t('ledger:verification.lastSeq')} value={formatNumber(r.chain.lastSeq, lang)} />
        <Stat label={t('ledger:verification.roots')} value={t('ledger:verification.rootsValue', { checked: formatNumber(r.dailyRoots.checked, lang), mismatched: formatNumber(r.dailyRoots.mismatched.length, lang) })} />
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Text size="sm" c="dimmed">
          {t('ledger:verification.lastHash')}
        </Text>
        <Code block dir="ltr" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {r.chain.lastHash}
        </Code>
      </Paper>
      {r.chain.firstBroken && (
        <Alert color="red" variant="light" title={t('ledger:verification.firstBroken', { seq: formatNumber(r.chain.firstBroken.seq, lang) })} role="alert">
          {reasonKey ? t(`ledger:broken.${reasonKey}`) : <span lang="en" dir="ltr">{r.chain.firstBroken.reason}</span>}
        </Alert>
      )}
      {r.dailyRoots.mismatched.length > 0 && (
        <Alert color="red" variant="light" role="note" title={t('ledger:verification.rootsMismatched')}>
          <List size="sm">
            {r.dailyRoots.mismatched.map((m) => (
              <List.Item key={m.day}>
                <DateText iso={m.day} hijri={false} /> — {t('ledger:verification.rootSeq', { seq: formatNumber(m.lastSeq, lang) })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Title order={3} size="h4">
        {t('ledger:verification.checks')}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('ledger:verification.checks')}>
        {r.checks.failed.map((f) => (
          <Paper key={f.check} component="li" withBorder p="sm" data-check={f.check} data-passed="false">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge color="red" variant="filled">
                {t('ledger:verification.failed')}
              </Badge>
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {checkText(f.check, f.description)}
                </Text>
                <Code block dir="ltr" className="json-block" aria-label={t('ledger:verification.examples')}>
                  {JSON.stringify(f.examples, null, 2)}
                </Code>
              </Stack>
            </Group>
          </Paper>
        ))}
        {r.checks.passed.map((name) => (
          <Paper key={name} component="li" withBorder p="sm" data-check={name} data-passed="true">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge color="green" variant="light">
                {t('ledger:verification.passed')}
              </Badge>
              <Text size="sm">{checkText(name)}</Text>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
