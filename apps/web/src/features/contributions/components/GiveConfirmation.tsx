import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { formatMoney } from '../../../lib/format.ts';
import type { Contribution, RecurringPledge } from '../api.ts';
import { isolate, pledgeCode, quantityText } from '../labels.ts';
import { ContributionStatusBadge } from './ContributionStatusBadge.tsx';

/** What a giving form produced: a one-off pledge, or a monthly pledge. */
export type GiveResult = { type: 'once'; contribution: Contribution } | { type: 'monthly'; pledge: RecurringPledge };

/** Props of {@link GiveConfirmation}. */
export interface GiveConfirmationProps {
  result: GiveResult;
  /** Where "back" leads: the initiative, or the fund. */
  back: { to: string; label: string };
  organisation: { name: string; lang: string };
  onAgain: () => void;
}

/** "Thank you" with what was recorded and what happens next (the organisation confirms, then a receipt). */
export function GiveConfirmation({ result, back, organisation, onAgain }: GiveConfirmationProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const org = isolate(organisation.name);

  const once = result.type === 'once' ? result.contribution : null;
  const what = once ? quantityText(t, lang, once.quantity, once.unit) : formatMoney(result.type === 'monthly' ? result.pledge.amountFils : 0, 'AED', lang);
  const designation = once ? once.designation : result.type === 'monthly' ? result.pledge.designation : null;
  const steps = once ? (once.kind === 'money' ? 'money' : 'goods') : 'monthly';

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} data-testid="give-confirmation">
      <Stack gap="md">
        <Alert color="green" variant="light" role="status">
          <Title order={2} size="h3" ref={heading} tabIndex={-1}>
            {once ? t('contributions:done.title') : t('contributions:done.monthlyTitle')}
          </Title>
          <Group gap="xs" mt="xs" wrap="wrap" align="baseline">
            <Text fw={700} size="xl" data-testid="done-amount">
              {what}
            </Text>
            {designation && <Text size="sm">{t(`contributions:designation.${designation}`)}</Text>}
            {once && <ContributionStatusBadge status={once.status} />}
          </Group>
          {once && (
            <Text size="sm" mt="xs">
              {t('contributions:done.code')} <code dir="ltr">{pledgeCode(once.id)}</code>
            </Text>
          )}
          {result.type === 'monthly' && (
            <Text size="sm" mt="xs" component="div">
              {t('contributions:done.nextRun')} <DateText iso={result.pledge.nextRunOn} />
            </Text>
          )}
        </Alert>
        <Title order={3} size="h4">
          {t('contributions:done.nextTitle')}
        </Title>
        <List type="ordered" spacing="xs">
          <List.Item>{t(`contributions:done.${steps}.pay`, { org, method: once?.method ? t(`contributions:method.${once.method}`) : '' })}</List.Item>
          <List.Item>{t(`contributions:done.${steps}.confirm`, { org })}</List.Item>
          <List.Item>{t(`contributions:done.${steps}.receipt`)}</List.Item>
        </List>
        <Group gap="sm" wrap="wrap">
          <Button component={Link} to={once ? '/me/contributions' : '/me/monthly'}>
            {once ? t('contributions:done.toMine') : t('contributions:done.toMonthly')}
          </Button>
          <Button component={Link} to={back.to} variant="default">
            {back.label}
          </Button>
          <Button variant="subtle" onClick={onAgain}>
            {t('contributions:done.again')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
