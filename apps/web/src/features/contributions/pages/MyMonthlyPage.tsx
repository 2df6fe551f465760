import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatMoney } from '../../../lib/format.ts';
import type { RecurringPledge } from '../api.ts';
import { useRecurring, useSetRecurringStatus } from '../hooks.ts';
import { nameOf, titleOf } from '../labels.ts';

const STATUS_COLOR = { active: 'green', paused: 'yellow', cancelled: 'gray' } as const;

/** One monthly pledge with pause / resume / cancel. */
function MonthlyItem({ pledge }: { pledge: RecurringPledge }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const setStatus = useSetRecurringStatus();
  // What the pledge goes to: a pooled fund, or an initiative.
  const target = pledge.fund
    ? { to: `/funds/${pledge.fund.id}`, name: nameOf(pledge.fund, i18n.language) }
    : pledge.initiative
      ? { to: `/initiatives/${pledge.initiative.id}`, name: titleOf(pledge.initiative, i18n.language) }
      : null;

  async function change(status: RecurringPledge['status']) {
    try {
      await setStatus.mutateAsync({ id: pledge.id, status });
      notify({ message: t(`contributions:monthly.done.${status}`) });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Paper withBorder p="sm" component="li" data-testid="monthly-pledge" data-status={pledge.status}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700} size="lg">
            {t('contributions:monthly.perMonth', { amount: formatMoney(pledge.amountFils, 'AED', i18n.language) })}
          </Text>
          <Badge color={STATUS_COLOR[pledge.status]} variant={pledge.status === 'cancelled' ? 'default' : 'light'}>
            {t(`contributions:monthly.status.${pledge.status}`)}
          </Badge>
        </Group>
        {target && (
          <Anchor component={Link} to={target.to} dir="auto" lang={target.name.lang} size="sm">
            {target.name.text}
          </Anchor>
        )}
        <Text size="sm">
          {t(`contributions:designation.${pledge.designation}`)} · {t(`contributions:visibility.${pledge.visibility}`)}
        </Text>
        <Group gap="lg" wrap="wrap" align="flex-start">
          {pledge.status === 'active' && (
            <Text size="sm" component="div">
              {t('contributions:monthly.next')} <DateText iso={pledge.nextRunOn} />
            </Text>
          )}
          <Text size="sm" c="dimmed" component="div">
            {t('contributions:monthly.since')} <DateText iso={pledge.createdAt} hijri={false} />
          </Text>
        </Group>
        {pledge.status !== 'cancelled' && (
          <Group gap="xs">
            {pledge.status === 'active' ? (
              <Button size="xs" variant="default" loading={setStatus.isPending} onClick={() => void change('paused').catch(() => {})}>
                {t('contributions:monthly.pause')}
              </Button>
            ) : (
              <Button size="xs" loading={setStatus.isPending} onClick={() => void change('active').catch(() => {})}>
                {t('contributions:monthly.resume')}
              </Button>
            )}
            <ConfirmAction
              label={t('contributions:monthly.cancel')}
              title={t('contributions:monthly.cancelTitle')}
              message={t('contributions:monthly.cancelMessage')}
              loading={setStatus.isPending}
              onConfirm={() => change('cancelled')}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** `/me/monthly`: my monthly pledges — pause, resume or cancel. */
export function MyMonthlyPage() {
  const { t } = useTranslation();
  const list = useRecurring();
  const title = t('contributions:monthly.title');
  return (
    <Stack gap="md">
      <PageHeader order={2} title={title} description={t('contributions:monthly.description')} />
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && (
        <EmptyState
          title={t('contributions:monthly.empty')}
          description={t('contributions:monthly.emptyHint')}
          action={
            <Button component={Link} to="/initiatives">
              {t('contributions:mine.browse')}
            </Button>
          }
        />
      )}
      {list.data && list.data.items.length > 0 && (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={title}>
          {list.data.items.map((p) => (
            <MonthlyItem key={p.id} pledge={p} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
