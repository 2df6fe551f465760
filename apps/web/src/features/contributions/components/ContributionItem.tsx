import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatMoney } from '../../../lib/format.ts';
import type { Contribution } from '../api.ts';
import { nameOf, pledgeCode, quantityText, titleOf } from '../labels.ts';
import { ContributionStatusBadge } from './ContributionStatusBadge.tsx';
import { ReceiptLinks } from './ReceiptLinks.tsx';

/** Props of {@link ContributionItem}. */
export interface ContributionItemProps {
  contribution: Contribution;
  /** Whose list this is: mine (shows the receiver) or an organisation's (shows the contributor). */
  perspective: 'mine' | 'received' | 'given';
  actions?: ReactNode;
}

/** Who gave, as the receiving organisation sees it. */
function ContributorText({ c }: { c: Contribution }) {
  const { t, i18n } = useTranslation();
  const org = c.contributor.organisationNameAr || c.contributor.organisationNameEn ? nameOf({ nameAr: c.contributor.organisationNameAr, nameEn: c.contributor.organisationNameEn }, i18n.language) : null;
  return (
    <Text size="sm">
      {t('contributions:item.from')}{' '}
      {c.contributor.name ? <UserText fw={600}>{c.contributor.name}</UserText> : <Text component="span" c="dimmed">{t('contributions:item.unnamed')}</Text>}
      {org && (
        <>
          {' · '}
          {t('contributions:item.onBehalfOf')} <UserText lang={org.lang}>{org.text}</UserText>
        </>
      )}
      {c.visibility !== 'public' && (
        <Badge ms={6} size="xs" variant="default">
          {t(`contributions:visibility.${c.visibility}`)}
        </Badge>
      )}
    </Text>
  );
}

/** One contribution in a list: what, to which initiative, its status, receipt and actions. */
export function ContributionItem({ contribution: c, perspective, actions }: ContributionItemProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // A gift to a pooled fund names the fund; a gift to a need names its initiative.
  const title = c.fund ? nameOf(c.fund, lang) : titleOf(c.initiative, lang);
  const to = c.fund ? `/funds/${c.fund.id}` : `/initiatives/${c.initiative.id ?? ''}`;
  const receiver = nameOf(c.receivingOrganisation, lang);
  return (
    <Paper withBorder p="sm" component="li" data-testid="contribution" data-id={c.id} data-status={c.status}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={to} fw={600} dir="auto" lang={title.lang} style={{ overflowWrap: 'anywhere' }}>
              {title.text}
            </Anchor>
            {perspective !== 'received' && (
              <UserText size="sm" c="dimmed" lang={receiver.lang}>
                {receiver.text}
              </UserText>
            )}
          </Stack>
          <span style={{ flexShrink: 0 }}>
            <ContributionStatusBadge status={c.status} />
          </span>
        </Group>
        <Group gap="xs" wrap="wrap" align="baseline">
          <Text fw={700} size="lg" data-testid="contribution-amount">
            {quantityText(t, lang, c.quantity, c.unit)}
          </Text>
          {c.kind !== 'money' && c.valueFils > 0 && (
            <Text size="sm" c="dimmed">
              {t('contributions:item.valuedAt', { value: formatMoney(c.valueFils, 'AED', lang) })}
            </Text>
          )}
          <Badge variant="outline" color="gray.8" size="sm">
            {t(`contributions:kind.${c.kind}`)}
          </Badge>
          {c.designation && (
            <Badge variant="outline" color="ataa" size="sm">
              {t(`contributions:designation.${c.designation}`)}
            </Badge>
          )}
        </Group>
        {perspective !== 'mine' && <ContributorText c={c} />}
        <Group gap="md" wrap="wrap" align="flex-start">
          <Text size="xs" c="dimmed" component="div">
            {t('contributions:item.date')} <DateText iso={c.createdAt} hijri={false} size="xs" />
          </Text>
          <Text size="xs" c="dimmed">
            {t('contributions:item.code')} <code dir="ltr">{pledgeCode(c.id)}</code>
          </Text>
          {c.method && (
            <Text size="xs" c="dimmed">
              {t(`contributions:method.${c.method}`)}
              {c.reference && (
                <>
                  {' · '}
                  {t('contributions:item.reference')} <span dir="auto">{c.reference}</span>
                </>
              )}
            </Text>
          )}
        </Group>
        {c.receipt && <ReceiptLinks receipt={c.receipt} />}
        {actions && (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
