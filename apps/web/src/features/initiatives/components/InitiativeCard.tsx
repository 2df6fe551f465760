import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { organisationName } from '../../organisations/names.ts';
import type { InitiativeSummary } from '../api.ts';
import { areaOf, initiativeTitle } from '../labels.ts';
import { CoverImage } from './CoverImage.tsx';
import { InitiativeStatusBadge } from './InitiativeStatusBadge.tsx';
import { LanguageNotice } from './LanguageNotice.tsx';
import { NeedKindBadges } from './NeedKindBadges.tsx';

/** Props of {@link InitiativeCard}. */
export interface InitiativeCardProps {
  initiative: InitiativeSummary;
  /** Where the title links to (the public page by default). */
  to?: string;
  /** Heading level of the title (2 in a page's list, 3 under a section heading). */
  headingOrder?: 2 | 3;
  showStatus?: boolean;
}

/**
 * An initiative in a grid: cover, title (with a notice when only the other language has one),
 * organisation, emirate and area, the kinds of need, and the end date.
 */
export function InitiativeCard({ initiative: i, to, headingOrder = 2, showStatus = false }: InitiativeCardProps) {
  const { t, i18n } = useTranslation();
  const title = initiativeTitle(i, i18n.language);
  const org = organisationName(i.organisation, i18n.language);
  const area = areaOf(i, i18n.language);
  return (
    <Card withBorder component="article" radius="md" h="100%" padding="md" data-testid="initiative-card">
      <Card.Section>
        <CoverImage url={i.coverUrl} radius={0} ratio={2} />
      </Card.Section>
      <Stack gap={6} mt="sm" style={{ flex: 1 }}>
        {showStatus && (
          <Group>
            <InitiativeStatusBadge status={i.status} />
          </Group>
        )}
        <Title order={headingOrder} size="h4">
          <Anchor component={Link} to={to ?? `/initiatives/${i.id}`} c="inherit" dir="auto" lang={title.lang} style={{ overflowWrap: 'anywhere' }}>
            {title.text}
          </Anchor>
        </Title>
        {title.fallback && <LanguageNotice lang={title.lang} />}
        <UserText size="sm" c="dimmed" lang={org.lang}>
          {org.text}
        </UserText>
        <Text size="sm">
          {t(`enums:emirate.${i.emirate}`)}
          {area && (
            <>
              {' · '}
              <UserText lang={area.lang}>{area.text}</UserText>
            </>
          )}
        </Text>
        <NeedKindBadges kinds={i.needKinds} />
        {i.endDate && (
          <Group gap={4} mt="auto" pt={4}>
            <Text size="xs" c="dimmed">{t('initiatives:card.ends')}</Text>
            <DateText iso={i.endDate} hijri={false} size="xs" />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
