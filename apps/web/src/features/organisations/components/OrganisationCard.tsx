import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserText } from '../../../components/UserText.tsx';
import { pickLocalized } from '../../../lib/localized.ts';
import type { Organisation } from '../api.ts';
import { organisationName } from '../names.ts';

/** A card for an organisation in a list: name (linked), type, emirate and a short description. */
export function OrganisationCard({ org, to }: { org: Organisation; to: string }) {
  const { t, i18n } = useTranslation();
  const name = organisationName(org, i18n.language);
  const description = pickLocalized(org.descriptionAr, org.descriptionEn, i18n.language);
  return (
    <Card withBorder component="article" radius="md" h="100%">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <Anchor component={Link} to={to} dir="auto" lang={name.lang} c="inherit">
            {name.text}
          </Anchor>
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="ataa">
            {t(`enums:organisationType.${org.type}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t(`enums:emirate.${org.emirate}`)}
          </Text>
        </Group>
        {description && (
          <UserText component="p" size="sm" lineClamp={3} lang={description.lang}>
            {description.text}
          </UserText>
        )}
      </Stack>
    </Card>
  );
}
