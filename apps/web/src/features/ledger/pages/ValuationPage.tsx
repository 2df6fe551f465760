import { Anchor, Badge, Button, Collapse, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatMoney, formatNumber } from '../../../lib/format.ts';
import { allows } from '../../admin/roles.ts';
import { RoleGate } from '../../admin/components/RoleGate.tsx';
import { useSession } from '../../identity/hooks.ts';
import type { ValuationRule } from '../api.ts';
import { RULE_LEVELS, RuleVersionForm } from '../components/RuleVersionForm.tsx';
import { useRules } from '../hooks.ts';
import { LEDGER_ACCESS } from '../roles.ts';

/** The version in force today: the latest effective date not in the future, then the highest version. */
function inForce(versions: ValuationRule[], today: string): ValuationRule | undefined {
  return versions
    .filter((v) => v.effectiveFrom <= today)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0];
}

/** Every version of one rate, newest first, with its source. */
function RuleGroup({ versions }: { versions: ValuationRule[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const first = versions[0];
  const today = new Date().toISOString().slice(0, 10);
  const current = inForce(versions, today);
  const title = `${t(`contributions:kind.${first.kind}`)} — ${t(`ledger:valuation.levels.${first.level ?? 'none'}`)}`;
  return (
    <Paper withBorder p="md" component="section" aria-label={title} data-rule={`${first.kind}/${first.level ?? ''}`}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {current && (
        <Text size="sm" mb="sm">
          {t('ledger:valuation.current', { rate: formatMoney(current.rateFils, 'AED', lang), unit: t(`ledger:valuation.per.${current.unit}`) })}
        </Text>
      )}
      <DataTable
        caption={t('ledger:valuation.versionsOf', { rule: title })}
        head={[t('ledger:valuation.version'), t('ledger:valuation.rate'), t('ledger:valuation.effectiveFrom'), t('ledger:valuation.source')]}
        minWidth={600}
      >
        {versions.map((v) => (
          <Table.Tr key={v.id}>
            <Table.Td>
              {formatNumber(v.version, lang)}{' '}
              {v.id === current?.id && (
                <Badge size="xs" color="green" variant="light">
                  {t('ledger:valuation.inForce')}
                </Badge>
              )}
              {v.effectiveFrom > today && (
                <Badge size="xs" color="yellow" variant="light">
                  {t('ledger:valuation.scheduled')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(v.rateFils, 'AED', lang)} <Text span size="xs" c="dimmed">{t(`ledger:valuation.per.${v.unit}`)}</Text>
            </Table.Td>
            <Table.Td>
              <DateText iso={v.effectiveFrom} hijri={false} />
            </Table.Td>
            <Table.Td>
              <UserText size="sm" component="div">
                {v.source}
              </UserText>
              {v.sourceUrl && (
                <Anchor href={v.sourceUrl} target="_blank" rel="noopener noreferrer" size="xs" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
                  {v.sourceUrl}
                </Anchor>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Paper>
  );
}

function Valuation() {
  const { t } = useTranslation();
  const session = useSession();
  const rules = useRules();
  const [adding, { toggle }] = useDisclosure(false);
  const canEdit = allows(LEDGER_ACCESS.editValuation, session.data?.user?.platformRole);
  const groups = new Map<string, ValuationRule[]>();
  // Time, then expertise from junior to expert, then knowledge (the API sorts levels by name).
  const order = Object.entries(RULE_LEVELS).flatMap(([kind, levels]) => levels.map((l) => `${kind}/${l}`));
  const rank = (r: ValuationRule) => order.indexOf(`${r.kind}/${r.level ?? ''}`) >>> 0;
  for (const r of [...(rules.data?.items ?? [])].sort((x, y) => rank(x) - rank(y))) {
    const k = `${r.kind}/${r.level ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={t('ledger:valuation.title')}
        description={t('ledger:valuation.description')}
        actions={
          canEdit && (
            <Button onClick={toggle} aria-expanded={adding} aria-controls="rule-form" variant={adding ? 'default' : 'filled'}>
              {t('ledger:valuation.addTitle')}
            </Button>
          )
        }
      />
      {canEdit && (
        <Collapse expanded={adding} id="rule-form">
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="xs">
              {t('ledger:valuation.addTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('ledger:valuation.addHint')}
            </Text>
            {adding && <RuleVersionForm onDone={toggle} />}
          </Paper>
        </Collapse>
      )}
      {rules.isPending && <LoadingState />}
      {rules.isError && <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.data?.items.length === 0 && <EmptyState title={t('ledger:valuation.empty')} />}
      {[...groups.values()].map((versions) => (
        <RuleGroup key={`${versions[0].kind}/${versions[0].level ?? ''}`} versions={versions} />
      ))}
    </Stack>
  );
}

/** `/console/valuation`: valuation rules with every version and source; admins add versions. */
export function ValuationPage() {
  return (
    <RoleGate roles={LEDGER_ACCESS.valuation}>
      <Valuation />
    </RoleGate>
  );
}
