import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { Opportunity } from '../api.ts';
import { useSkills } from '../hooks.ts';
import { skillLabel } from '../labels.ts';

/** How many skills a card shows before "+n more" (the page shows them all). */
const CARD_SKILLS = 4;

/**
 * Who may come and what helps: the audience (women only, men only, family-friendly), the
 * minimum age, and the skills asked for — on cards (the first few) and on the page (all).
 */
export function OpportunityBadges({ opportunity: o, allSkills = false }: { opportunity: Pick<Opportunity, 'audience' | 'minAge' | 'skills'>; allSkills?: boolean }) {
  const { t, i18n } = useTranslation();
  const skills = useSkills();
  const list = skills.data?.items ?? [];
  const shown = allSkills ? o.skills : o.skills.slice(0, CARD_SKILLS);
  const more = o.skills.length - shown.length;
  return (
    <Group gap={6} wrap="wrap">
      {o.audience !== 'everyone' && (
        <Badge color="grape.9" variant="outline" tt="none" data-testid="audience">
          {t(`volunteering:audience.${o.audience}`)}
        </Badge>
      )}
      {o.minAge ? (
        <Badge color="gray.8" variant="outline" title={t('volunteering:minAge.long', { age: formatNumber(o.minAge, i18n.language) })}>
          {t('volunteering:minAge.short', { age: formatNumber(o.minAge, i18n.language) })}
        </Badge>
      ) : null}
      {shown.map((s) => {
        const label = skillLabel(s, list, i18n.language);
        return (
          <Badge key={s} variant="outline" color="ataa" tt="none" dir="auto" lang={label.lang}>
            {label.text}
          </Badge>
        );
      })}
      {more > 0 && (
        <Badge variant="default" tt="none">
          {t('volunteering:skills.more', { count: more, formatted: formatNumber(more, i18n.language) })}
        </Badge>
      )}
    </Group>
  );
}
