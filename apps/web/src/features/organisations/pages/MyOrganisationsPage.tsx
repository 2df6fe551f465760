import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useSession } from '../../identity/hooks.ts';
import { organisationName } from '../names.ts';

/** `/me/organisations`: the organisations I belong to, and "register an organisation". */
export function MyOrganisationsPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const memberships = session.data?.memberships ?? [];
  const create = (
    <Button component={Link} to="/organisations/new">
      {t('organisations:create.action')}
    </Button>
  );
  return (
    <Stack>
      <PageHeader order={2} title={t('organisations:mine.title')} actions={memberships.length > 0 && create} />
      {memberships.length === 0 && <EmptyState title={t('organisations:mine.empty')} description={t('organisations:mine.emptyHint')} action={create} />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {memberships.map((m) => {
          const name = organisationName(m.organisation, i18n.language);
          return (
            <Card key={m.organisationId} withBorder component="article">
              <Stack gap="xs">
                <Title order={3} size="h4">
                  <Anchor component={Link} to={`/workspace/${m.organisationId}`} dir="auto" lang={name.lang} c="inherit">
                    {name.text}
                  </Anchor>
                </Title>
                <Group gap="xs">
                  <StatusBadge status={m.organisation.status} />
                  <Badge variant="outline" color="gray">
                    {t(`enums:memberRole.${m.role}`)}
                  </Badge>
                </Group>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
