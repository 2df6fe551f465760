import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useImpactSummary } from '../../contributions/hooks.ts';
import { useSession } from '../../identity/hooks.ts';
import { FeaturedInitiatives } from '../../initiatives/components/FeaturedInitiatives.tsx';
import { useActiveInitiatives } from '../../initiatives/hooks.ts';
import { useOrganisations } from '../../organisations/hooks.ts';
import { ImpactCounters } from '../components/ImpactCounters.tsx';

const KINDS = ['money', 'time', 'knowledge', 'expertise', 'inKind'] as const;

/** `/`: what Ataa is, the ways to give, live counters and a call to action. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common:appName'));
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const orgs = useOrganisations({ page: 1, pageSize: 1 });
  const active = useActiveInitiatives();
  const impact = useImpactSummary();

  return (
    <Stack gap="xl" maw={1100} mx="auto">
      <Stack gap="sm" py={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="home-title">
        <Title order={1} id="home-title" fz={{ base: 30, sm: 44 }}>
          {t('common:home.title')}
        </Title>
        <Text size="lg" maw={720}>
          {t('common:home.lead')}
        </Text>
        <Group gap="sm" mt="sm">
          {signedIn ? (
            <>
              <Button component={Link} to="/organisations/new" size="md">
                {t('common:home.ctaCreateOrg')}
              </Button>
              <Button component={Link} to="/me" size="md" variant="default">
                {t('common:nav.mySpace')}
              </Button>
            </>
          ) : (
            <>
              <Button component={Link} to="/sign-up" size="md">
                {t('common:home.ctaJoin')}
              </Button>
              <Button component={Link} to="/organisations" size="md" variant="default">
                {t('common:home.ctaBrowse')}
              </Button>
            </>
          )}
        </Group>
      </Stack>

      <ImpactCounters organisations={orgs.data?.total} loading={orgs.isPending} initiatives={active.data?.total} initiativesLoading={active.isPending} impact={impact.data} impactLoading={impact.isPending} />

      <FeaturedInitiatives />

      <section aria-labelledby="kinds-heading">
        <Title order={2} size="h3" id="kinds-heading" mb="sm">
          {t('common:home.kinds.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          {KINDS.map((kind) => (
            <Card key={kind} withBorder radius="md">
              <Title order={3} size="h5" mb={4}>
                {t(`common:home.kinds.${kind}.title`)}
              </Title>
              <Text size="sm">{t(`common:home.kinds.${kind}.text`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="how-heading">
        <Title order={2} size="h3" id="how-heading" mb="sm">
          {t('common:home.how.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {(['join', 'organise', 'measure'] as const).map((step, i) => (
            <Card key={step} withBorder radius="md">
              <Text fw={700} c="ataa.8" mb={4}>
                {t('common:home.how.step', { n: i + 1 })}
              </Text>
              <Title order={3} size="h5" mb={4}>
                {t(`common:home.how.${step}.title`)}
              </Title>
              <Text size="sm">{t(`common:home.how.${step}.text`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
