import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/Fact.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatList } from '../../../lib/format.ts';
import { pickLocalized } from '../../../lib/localized.ts';
import type { Opportunity } from '../api.ts';
import { useSkills } from '../hooks.ts';
import { languageName, skillLabel } from '../labels.ts';

/** The facts of an opportunity as volunteers see them: place, who may come, skills, languages, texts. */
export function OpportunitySummary({ o }: { o: Opportunity }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const skills = useSkills();
  const area = pickLocalized(o.areaAr, o.areaEn, lang);
  const description = pickLocalized(o.descriptionAr, o.descriptionEn, lang);
  const instructions = pickLocalized(o.instructionsAr, o.instructionsEn, lang);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" m={0}>
          <Fact look="compact" label={t('workspaceVolunteering:form.emirate')}>
            {t(`enums:emirate.${o.emirate}`)}
            {area && <UserText lang={area.lang} size="sm" display="block">{area.text}</UserText>}
            {o.address && <UserText size="xs" c="dimmed" display="block">{o.address}</UserText>}
          </Fact>
          <Fact look="compact" label={t('workspaceVolunteering:form.audience')}>{t(`workspaceVolunteering:audience.${o.audience}`)}</Fact>
          <Fact look="compact" label={t('workspaceVolunteering:form.minAge')}>{o.minAge ? t('workspaceVolunteering:opportunity.minAge', { age: o.minAge }) : t('workspaceVolunteering:opportunity.anyAge')}</Fact>
          <Fact look="compact" label={t('workspaceVolunteering:form.languages')}>{o.languages.length ? formatList(o.languages.map((c) => languageName(c, lang)), lang) : '—'}</Fact>
        </SimpleGrid>
        {o.skills.length > 0 && (
          <Group gap={6} aria-label={t('workspaceVolunteering:form.skills')} role="list">
            {o.skills.map((s) => {
              const label = skillLabel(s, skills.data?.items, lang);
              return (
                <Badge key={s} variant="light" color="gray" role="listitem" lang={label.lang} dir="auto" tt="none">
                  {label.text}
                </Badge>
              );
            })}
          </Group>
        )}
        {description && (
          <UserText component="p" size="sm" lang={description.lang} style={{ whiteSpace: 'pre-line' }} m={0}>
            {description.text}
          </UserText>
        )}
        {instructions && (
          <div>
            <Text size="sm" fw={600}>
              {t('workspaceVolunteering:opportunity.instructions')}
            </Text>
            <UserText component="p" size="sm" lang={instructions.lang} style={{ whiteSpace: 'pre-line' }} m={0}>
              {instructions.text}
            </UserText>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
