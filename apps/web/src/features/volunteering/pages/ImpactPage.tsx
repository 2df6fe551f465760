import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatMoney, formatNumber } from '../../../lib/format.ts';
import type { ImpactItem, MyImpact } from '../api-recognition.ts';
import { useMyImpact } from '../hooks.ts';
import { quantityText } from '../../contributions/labels.ts';
import { formatDuration, nameOf, titleOf } from '../labels.ts';

/** True when nothing has been given yet (every total is zero and nothing is recent). */
export function isEmptyImpact(i: MyImpact): boolean {
  return i.totals.valueFils === 0 && i.totals.hours === 0 && i.time.minutes === 0 && i.expertise.minutes === 0 && i.knowledge.sessions === 0 && i.knowledge.minutes === 0 && i.recent.length === 0;
}

/** One kind of giving: what was given (hours, sessions) and its value in AED. */
function KindCard({ label, amount, valueFils }: { label: string; amount?: string; valueFils: number }) {
  const { i18n } = useTranslation();
  return (
    <Paper withBorder p="md" component="li" data-testid="impact-kind">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {amount && (
        <Text fw={700} size="lg">
          {amount}
        </Text>
      )}
      <Text fw={amount ? 400 : 700} size={amount ? 'sm' : 'lg'}>
        {formatMoney(valueFils, 'AED', i18n.language)}
      </Text>
    </Paper>
  );
}

function RecentItem({ item }: { item: ImpactItem }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // A gift to a pooled fund names the fund; everything else names its initiative.
  const title = item.initiative ? titleOf(item.initiative, lang) : item.fund ? nameOf(item.fund, lang) : null;
  return (
    <Paper withBorder p="sm" component="li">
      <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {t(`enums:needKind.${item.kind}`)}
          </Text>
          <Text size="sm">{quantityText(t, lang, item.quantity, item.unit)}</Text>
          {title &&
            (item.initiative ? (
              <Anchor component={Link} to={`/initiatives/${item.initiative.id}`} size="sm" dir="auto" lang={title.lang}>
                {title.text}
              </Anchor>
            ) : (
              <UserText size="sm" lang={title.lang}>
                {title.text}
              </UserText>
            ))}
        </Stack>
        <Stack gap={0} align="flex-end">
          <Text fw={700}>{formatMoney(item.valueFils, 'AED', i18n.language)}</Text>
          <DateText iso={item.date} hijri={false} size="xs" />
        </Stack>
      </Group>
    </Paper>
  );
}

function Impact({ impact: i }: { impact: MyImpact }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // Minutes come from verified records; time recorded straight into the ledger has a value but
  // no minutes, so "0 minutes" beside a value would be wrong — then only the value is shown.
  const duration = (minutes: number) => (minutes > 0 ? formatDuration(t, minutes, lang) : undefined);
  const sessions = t('volunteering:impact.sessions', { count: i.knowledge.sessions, formatted: formatNumber(i.knowledge.sessions, lang) });
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Paper withBorder p="md" bg="var(--mantine-color-ataa-0)" data-testid="impact-hours">
          <Text size="sm">{t('volunteering:impact.totalHours')}</Text>
          <Text fw={700} fz={32} lh={1.2}>
            {formatNumber(i.totals.hours, lang, { maximumFractionDigits: 1 })}
          </Text>
        </Paper>
        <Paper withBorder p="md" bg="var(--mantine-color-ataa-0)" data-testid="impact-value">
          <Text size="sm">{t('volunteering:impact.totalValue')}</Text>
          <Text fw={700} fz={32} lh={1.2}>
            {formatMoney(i.totals.valueFils, 'AED', lang)}
          </Text>
        </Paper>
      </SimpleGrid>
      <section aria-labelledby="kinds-heading">
        <Title order={3} size="h4" id="kinds-heading" mb="sm">
          {t('volunteering:impact.byKind')}
        </Title>
        <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          <KindCard label={t('enums:needKind.time')} amount={duration(i.time.minutes)} valueFils={i.time.valueFils} />
          <KindCard label={t('enums:needKind.expertise')} amount={duration(i.expertise.minutes)} valueFils={i.expertise.valueFils} />
          <KindCard label={t('enums:needKind.knowledge')} amount={i.knowledge.sessions ? sessions : duration(i.knowledge.minutes)} valueFils={i.knowledge.valueFils} />
          <KindCard label={t('enums:needKind.money')} valueFils={i.money.valueFils} />
          <KindCard label={t('enums:needKind.in_kind')} valueFils={i.inKind.valueFils} />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">
          {t('volunteering:impact.valuationNote')}
        </Text>
      </section>
      <section aria-labelledby="recent-heading">
        <Title order={3} size="h4" id="recent-heading" mb="sm">
          {t('volunteering:impact.recent')}
        </Title>
        {i.recent.length === 0 ? (
          <Text size="sm" c="dimmed">{t('volunteering:impact.noRecent')}</Text>
        ) : (
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {i.recent.map((r) => (
              <RecentItem key={r.id} item={r} />
            ))}
          </Stack>
        )}
        <Anchor component={Link} to="/me/contributions" size="sm" mt="xs" display="inline-block">
          {t('volunteering:impact.allContributions')}
        </Anchor>
      </section>
    </Stack>
  );
}

/** `/me/impact`: my hours, expertise and knowledge next to money and goods, in hours and AED. */
export function ImpactPage() {
  const { t } = useTranslation();
  const impact = useMyImpact();
  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('volunteering:impact.title')} description={t('volunteering:impact.description')} />
      {impact.isPending && <LoadingState />}
      {impact.isError && <ErrorAlert error={impact.error} onRetry={() => void impact.refetch()} />}
      {impact.data && isEmptyImpact(impact.data) && (
        <EmptyState
          title={t('volunteering:impact.empty')}
          description={t('volunteering:impact.emptyHint')}
          action={
            <Group gap="xs" justify="center">
              <Button component={Link} to="/volunteer">
                {t('volunteering:impact.toVolunteer')}
              </Button>
              <Button component={Link} to="/initiatives" variant="default">
                {t('volunteering:impact.toInitiatives')}
              </Button>
            </Group>
          }
        />
      )}
      {impact.data && !isEmptyImpact(impact.data) && <Impact impact={impact.data} />}
    </Stack>
  );
}
