import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format.ts';
import type { ContributionTotals as Totals } from '../api.ts';
import { DESIGNATIONS, KINDS, quantityText } from '../labels.ts';

const KIND_UNIT: Record<string, string> = { money: 'fils', in_kind: 'items', time: 'hours', expertise: 'hours', knowledge: 'units' };

/** Received vs promised as a bar (with the numbers beside it in text). */
function Split({ confirmed, pledged, label }: { confirmed: number; pledged: number; label: string }) {
  const total = confirmed + pledged;
  if (total === 0) return null;
  return <Progress value={(confirmed * 100) / total} size="sm" aria-label={label} />;
}

/**
 * Totals of a contribution list: by kind (quantity and AED value, received vs promised) and,
 * for money, by designation — zakat, sadaqah, waqf and general are never added together.
 */
export function ContributionTotals({ totals, heading }: { totals: Totals; heading: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (fils: number) => formatMoney(fils, 'AED', lang);
  const kinds = KINDS.filter((k) => totals.byKind[k]);
  const designations = DESIGNATIONS.filter((d) => totals.byDesignation[d]);
  if (kinds.length === 0) return null;

  return (
    <Stack gap="sm" component="section" aria-label={heading}>
      <Group justify="space-between" align="baseline" wrap="wrap">
        <Title order={3} size="h4">
          {heading}
        </Title>
        <Text size="sm">
          {t('contributions:totals.receivedValue')}{' '}
          <Text component="span" fw={700} data-testid="total-received">
            {money(totals.confirmedValueFils)}
          </Text>
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {kinds.map((k) => {
          const v = totals.byKind[k]!;
          const unit = KIND_UNIT[k];
          return (
            <Paper key={k} withBorder p="sm" data-kind={k}>
              <Text fw={700} size="sm">
                {t(`contributions:kind.${k}`)}
              </Text>
              <Text size="sm">
                {t('contributions:totals.received')}: <strong>{k === 'money' ? money(v.confirmedValueFils) : quantityText(t, lang, v.confirmed, unit)}</strong>
                {k !== 'money' && v.confirmedValueFils > 0 && <> · {money(v.confirmedValueFils)}</>}
              </Text>
              <Text size="sm" c="dimmed">
                {t('contributions:totals.pledged')}: {k === 'money' ? money(v.pledgedValueFils) : quantityText(t, lang, v.pledged, unit)}
                {k !== 'money' && v.pledgedValueFils > 0 && <> · {money(v.pledgedValueFils)}</>}
              </Text>
              <Split confirmed={v.confirmedValueFils || v.confirmed} pledged={v.pledgedValueFils || v.pledged} label={t('contributions:totals.share', { kind: t(`contributions:kind.${k}`) })} />
            </Paper>
          );
        })}
      </SimpleGrid>
      {designations.length > 0 && (
        <>
          <Title order={4} size="h5">
            {t('contributions:totals.byDesignation')}
          </Title>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            {designations.map((d) => {
              const v = totals.byDesignation[d]!;
              return (
                <Paper key={d} withBorder p="sm" data-designation={d}>
                  <Text fw={700} size="sm">
                    {t(`contributions:designation.${d}`)}
                  </Text>
                  <Text size="sm">
                    {t('contributions:totals.received')}: <strong>{money(v.confirmedFils)}</strong>
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('contributions:totals.pledged')}: {money(v.pledgedFils)}
                  </Text>
                </Paper>
              );
            })}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
