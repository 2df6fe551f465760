import { Alert, Button, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { ApiError } from '../../../lib/api.ts';
import type { MyShift, Named } from '../api.ts';
import type { CertificateScope, IssueCertificateInput } from '../api-recognition.ts';
import { useIssueCertificate } from '../hooks.ts';
import { nameOf, titleOf } from '../labels.ts';
import { dubaiDate, formatShiftWhen } from '../time.ts';

const SCOPES: readonly CertificateScope[] = ['shift', 'organisation', 'year'];

/** The Dubai years my verified shifts fall in, latest first (this year when there are none). */
export function yearsOf(items: readonly MyShift[], now: Date = new Date()): number[] {
  const years = new Set(items.map((s) => Number(dubaiDate(s.startsAt).slice(0, 4))));
  if (years.size === 0) years.add(Number(dubaiDate(now.toISOString()).slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}

/** The organisations behind my shifts, each once, in the order first met (`/me/shifts` names them). */
export function organisationsOf(items: readonly MyShift[]): ({ id: string } & Named)[] {
  const byId = new Map<string, { id: string } & Named>();
  for (const s of items) if (!byId.has(s.opportunity.organisation.id)) byId.set(s.opportunity.organisation.id, s.opportunity.organisation);
  return [...byId.values()];
}

/**
 * Issues a certificate of verified hours: for one shift, for everything done with one
 * organisation, or a yearly transcript. Only shifts whose hours are verified can be chosen.
 */
export function IssueCertificateForm({ verified }: { verified: MyShift[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const issue = useIssueCertificate();
  const organisations = organisationsOf(verified);
  const years = yearsOf(verified);
  const [scope, setScope] = useState<CertificateScope>('year');
  const [shiftId, setShiftId] = useState(verified[0]?.shiftId ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [year, setYear] = useState(String(years[0]));
  const orgId = organisationId || organisations[0]?.id || '';
  const none = issue.error instanceof ApiError && issue.error.code === 'certificate.no_verified_hours';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const body: IssueCertificateInput =
      scope === 'shift' ? { scope, shiftId } : scope === 'organisation' ? { scope, organisationId: orgId } : { scope, year: Number(year) };
    try {
      await issue.mutateAsync(body);
      notify({ message: t('volunteering:certificates.issued') });
    } catch {
      // Shown in the form.
    }
  }

  const missing = (scope === 'shift' && !shiftId) || (scope === 'organisation' && !orgId);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="issue-heading">
      <Stack gap="md">
        <Radio.Group label={t('volunteering:certificates.scope')} value={scope} onChange={(v) => setScope(v as CertificateScope)}>
          <Stack gap="xs" mt="xs">
            {SCOPES.map((s) => (
              <Radio key={s} value={s} label={t(`volunteering:certificates.scopes.${s}`)} description={t(`volunteering:certificates.scopeHelp.${s}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {scope === 'shift' && (
          <NativeSelect
            label={t('volunteering:certificates.shift')}
            value={shiftId}
            onChange={(e) => setShiftId(e.currentTarget.value)}
            disabled={verified.length === 0}
            data={verified.length ? verified.map((s) => ({ value: s.shiftId, label: `${titleOf(s.opportunity, lang).text} — ${formatShiftWhen(s.startsAt, s.endsAt, lang).date}` })) : [{ value: '', label: t('volunteering:certificates.noneVerified') }]}
          />
        )}
        {scope === 'organisation' && (
          <NativeSelect
            label={t('volunteering:certificates.organisation')}
            value={orgId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            disabled={organisations.length === 0}
            data={organisations.length ? organisations.map((o) => ({ value: o.id, label: nameOf(o, lang).text })) : [{ value: '', label: t('volunteering:certificates.noneVerified') }]}
          />
        )}
        {scope === 'year' && (
          <NativeSelect label={t('volunteering:certificates.year')} value={year} onChange={(e) => setYear(e.currentTarget.value)} data={years.map((y) => ({ value: String(y), label: String(y) }))} maw={200} />
        )}
        {verified.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('volunteering:certificates.noneVerifiedHint')}
          </Text>
        )}
        {none ? (
          <Alert color="yellow" variant="light" role="alert">
            {t('volunteering:certificates.noHours')}
          </Alert>
        ) : (
          <ErrorAlert error={issue.error} />
        )}
        <Group>
          <Button type="submit" loading={issue.isPending} disabled={missing}>
            {t('volunteering:certificates.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
