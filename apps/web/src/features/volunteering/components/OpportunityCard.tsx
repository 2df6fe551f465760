import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserText } from '../../../components/UserText.tsx';
import { pickLocalized } from '../../../lib/localized.ts';
import { LanguageNotice } from '../../initiatives/components/LanguageNotice.tsx';
import type { Opportunity } from '../api.ts';
import { nameOf, titleOf } from '../labels.ts';
import { OpportunityBadges } from './OpportunityBadges.tsx';

/** An opportunity in the browse grid: title, organisation, where, who may come, skills. */
export function OpportunityCard({ opportunity: o }: { opportunity: Opportunity }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = titleOf(o, lang);
  const org = o.organisation ? nameOf(o.organisation, lang) : null;
  const area = pickLocalized(o.areaAr, o.areaEn, lang);
  return (
    <Card withBorder component="article" radius="md" h="100%" padding="md" data-testid="opportunity-card" data-id={o.id}>
      <Stack gap={6} style={{ flex: 1 }}>
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/volunteer/opportunities/${o.id}`} c="inherit" dir="auto" lang={title.lang} style={{ overflowWrap: 'anywhere' }}>
            {title.text}
          </Anchor>
        </Title>
        {title.fallback && <LanguageNotice lang={title.lang} />}
        {org && (
          <UserText size="sm" c="dimmed" lang={org.lang}>
            {org.text}
          </UserText>
        )}
        <Text size="sm">
          {t(`enums:emirate.${o.emirate}`)}
          {area && (
            <>
              {' · '}
              <UserText lang={area.lang}>{area.text}</UserText>
            </>
          )}
        </Text>
        <OpportunityBadges opportunity={o} />
      </Stack>
    </Card>
  );
}
