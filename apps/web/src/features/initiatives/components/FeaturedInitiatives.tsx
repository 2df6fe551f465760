import { Anchor, Group, SimpleGrid, Skeleton, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActiveInitiatives } from '../hooks.ts';
import { InitiativeCard } from './InitiativeCard.tsx';

/** The home page's featured initiatives: the newest active ones, with a link to the catalogue. */
export function FeaturedInitiatives() {
  const { t } = useTranslation();
  const active = useActiveInitiatives();
  if (active.isError || active.data?.items.length === 0) return null;
  return (
    <section aria-labelledby="featured-heading">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h3" id="featured-heading">{t('initiatives:featured.title')}</Title>
        <Anchor component={Link} to="/initiatives?status=active">{t('initiatives:featured.all')}</Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {active.isPending
          ? [0, 1, 2].map((n) => <Skeleton key={n} height={280} radius="md" />)
          : active.data.items.map((i) => <InitiativeCard key={i.id} initiative={i} headingOrder={3} />)}
      </SimpleGrid>
    </section>
  );
}
