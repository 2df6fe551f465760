import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/Fact.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatList, formatNumber } from '../../../lib/format.ts';
import { pickLocalized } from '../../../lib/localized.ts';
import type { Opportunity } from '../api.ts';
import { languageName, mapUrl } from '../labels.ts';
import { OpportunityBadges } from './OpportunityBadges.tsx';

/** The side panel: where (with a map link when there are coordinates), who may come, skills, languages. */
export function OpportunityFacts({ opportunity: o }: { opportunity: Opportunity }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const area = pickLocalized(o.areaAr, o.areaEn, lang);
  const hasPoint = o.latitude !== null && o.longitude !== null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="opportunity-facts">
      <Title order={2} size="h4" id="opportunity-facts" mb="sm">
        {t('volunteering:opportunity.details')}
      </Title>
      <Stack component="dl" gap="sm" m={0}>
        <Fact label={t('volunteering:opportunity.where')}>
          {t(`enums:emirate.${o.emirate}`)}
          {area && (
            <>
              {' · '}
              <UserText lang={area.lang} size="sm">
                {area.text}
              </UserText>
            </>
          )}
          {o.address && (
            <UserText component="span" size="sm" display="block">
              {o.address}
            </UserText>
          )}
          {hasPoint && (
            <Anchor href={mapUrl(o.latitude!, o.longitude!)} target="_blank" rel="noopener noreferrer" size="sm" display="block" aria-label={`${t('volunteering:opportunity.map')} ${t('common:newTab')}`}>
              {t('volunteering:opportunity.map')}
            </Anchor>
          )}
        </Fact>
        <Fact label={t('volunteering:opportunity.who')}>
          {o.audience === 'everyone' ? t('volunteering:audience.everyone') : t(`volunteering:audience.${o.audience}`)}
          {o.minAge ? <> · {t('volunteering:minAge.long', { age: formatNumber(o.minAge, lang) })}</> : null}
        </Fact>
        {o.skills.length > 0 && (
          <Fact label={t('volunteering:opportunity.skills')}>
            <OpportunityBadges opportunity={{ audience: 'everyone', minAge: null, skills: o.skills }} allSkills />
          </Fact>
        )}
        {o.languages.length > 0 && <Fact label={t('volunteering:opportunity.languages')}>{formatList(o.languages.map((c) => languageName(c, lang)), lang)}</Fact>}
      </Stack>
    </Paper>
  );
}
