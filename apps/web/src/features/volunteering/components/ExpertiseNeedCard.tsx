import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserText } from '../../../components/UserText.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { ExpertiseNeed } from '../api-knowledge.ts';
import { nameOf, titleOf } from '../labels.ts';
import { formatDay } from '../time.ts';
import { OfferForm } from './OfferForm.tsx';

/**
 * An open expertise need: the skill and level asked for, the scope and estimated hours, whose
 * initiative it is — and "offer my expertise" (signed-out people are sent to sign in first).
 */
export function ExpertiseNeedCard({ need: n, signedIn }: { need: ExpertiseNeed; signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [offering, setOffering] = useState(false);
  const needTitle = n.titleAr || n.titleEn ? titleOf(n, lang) : null;
  const initiative = titleOf(n.initiative, lang);
  const org = nameOf(n.organisation, lang);
  const heading = needTitle ?? (n.skill ? { text: n.skill, lang: undefined } : initiative);
  return (
    <Card withBorder component="article" radius="md" padding="md" data-testid="expertise-need" data-id={n.id}>
      <Stack gap={6}>
        <Title order={2} size="h4" dir="auto" lang={heading.lang} style={{ overflowWrap: 'anywhere' }}>
          {heading.text}
        </Title>
        <Text size="sm">
          <Anchor component={Link} to={`/initiatives/${n.initiative.id}`} dir="auto" lang={initiative.lang} size="sm">
            {initiative.text}
          </Anchor>
          {' · '}
          <UserText size="sm" c="dimmed" lang={org.lang}>
            {org.text}
          </UserText>
        </Text>
        <Group gap={6} wrap="wrap">
          {n.skill && needTitle && (
            <Badge variant="outline" color="ataa" tt="none" dir="auto">
              {n.skill}
            </Badge>
          )}
          {n.level && (
            <Badge variant="outline" color="gray.8" tt="none">
              {t(`enums:expertiseLevel.${n.level}`)}
            </Badge>
          )}
          {n.targetHours ? (
            <Badge variant="default" tt="none">
              {t('volunteering:expertise.hours', { count: n.targetHours, formatted: formatNumber(n.targetHours, lang) })}
            </Badge>
          ) : null}
        </Group>
        {n.publicNote && (
          <UserText component="p" size="sm" m={0} style={{ whiteSpace: 'pre-line' }}>
            {n.publicNote}
          </UserText>
        )}
        <Group gap="md" wrap="wrap">
          {n.deadline && <Text size="xs" c="dimmed">{t('volunteering:expertise.deadline', { date: formatDay(n.deadline, lang) })}</Text>}
          <Text size="xs" c="dimmed">
            {n.offers ? t('volunteering:expertise.offers', { count: n.offers, formatted: formatNumber(n.offers, lang) }) : t('volunteering:expertise.noOffers')}
          </Text>
        </Group>
        {offering ? (
          <OfferForm needId={n.id} onClose={() => setOffering(false)} />
        ) : signedIn ? (
          <Group>
            <Button size="sm" onClick={() => setOffering(true)} aria-label={t('volunteering:expertise.offerFor', { title: heading.text })}>
              {t('volunteering:expertise.offer')}
            </Button>
          </Group>
        ) : (
          <Group>
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent('/expertise')}`} size="sm" variant="default">
              {t('volunteering:expertise.signInToOffer')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
