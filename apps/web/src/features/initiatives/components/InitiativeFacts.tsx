import { Anchor, Badge, Group, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { organisationName } from '../../organisations/names.ts';
import type { Initiative } from '../api.ts';
import { areaOf } from '../labels.ts';
import { InitiativeStatusBadge } from './InitiativeStatusBadge.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">{label}</Text>
      <Text size="sm" component="dd" m={0}>{children}</Text>
    </div>
  );
}

/** The facts of an initiative: organisation, status, emirate and area, dates (with Hijri), beneficiaries. */
export function InitiativeFacts({ initiative: i, showStatus = false }: { initiative: Initiative; showStatus?: boolean }) {
  const { t, i18n } = useTranslation();
  const org = organisationName(i.organisation, i18n.language);
  const area = areaOf(i, i18n.language);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" m={0} spacing="sm">
      <Fact label={t('initiatives:fields.organisation')}>
        <Anchor component={Link} to={`/organisations/${i.organisation.id}`} dir="auto" lang={org.lang}>{org.text}</Anchor>
      </Fact>
      {showStatus && (
        <Fact label={t('initiatives:fields.status')}>
          <InitiativeStatusBadge status={i.status} />
        </Fact>
      )}
      <Fact label={t('initiatives:fields.emirate')}>
        {t(`enums:emirate.${i.emirate}`)}
        {area && (
          <>
            {' · '}
            <UserText lang={area.lang}>{area.text}</UserText>
          </>
        )}
      </Fact>
      {i.startDate && (
        <Fact label={t('initiatives:fields.startDate')}>
          <DateText iso={i.startDate} />
        </Fact>
      )}
      {i.endDate && (
        <Fact label={t('initiatives:fields.endDate')}>
          <DateText iso={i.endDate} />
        </Fact>
      )}
      {i.beneficiaryGroups.length > 0 && (
        <Fact label={t('initiatives:fields.beneficiaryGroups')}>
          <Group gap={4} component="span">
            {i.beneficiaryGroups.map((g) => (
              <Badge key={g} variant="outline" color="gray" tt="none" component="span">{t(`enums:beneficiaryGroup.${g}`)}</Badge>
            ))}
          </Group>
        </Fact>
      )}
    </SimpleGrid>
  );
}
