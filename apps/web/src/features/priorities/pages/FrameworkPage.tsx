import { Anchor, Badge, Button, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RoleGate } from '../../admin/components/RoleGate.tsx';
import { exportUrl } from '../api.ts';
import { CrosswalkLinks } from '../components/CrosswalkLinks.tsx';
import { FrameworkTree } from '../components/FrameworkTree.tsx';
import { useFramework } from '../hooks.ts';
import { frameworkName } from '../labels.ts';
import { FRAMEWORK_ROLES } from '../roles.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">{label}</Text>
      <Text size="sm" component="dd" m={0}>{children}</Text>
    </div>
  );
}

function Framework({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const framework = useFramework(id);
  if (framework.isPending) return <LoadingState />;
  if (framework.isError) return <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />;
  const f = framework.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/console/frameworks" size="sm">{t('priorities:frameworks.back')}</Anchor>
      <PageHeader
        order={2}
        title={frameworkName(f, i18n.language)}
        actions={
          <>
            <Button component="a" href={exportUrl(f.id, 'json')} download variant="default" size="sm">{t('priorities:export.json')}</Button>
            <Button component="a" href={exportUrl(f.id, 'csv')} download variant="default" size="sm">{t('priorities:export.csv')}</Button>
          </>
        }
      />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Fact label={t('priorities:fields.code')}><span dir="ltr">{f.code}</span></Fact>
          <Fact label={t('priorities:fields.level')}><Badge variant="light">{t(`enums:frameworkLevel.${f.level}`)}</Badge></Fact>
          <Fact label={t('priorities:fields.otherName')}><bdi lang={i18n.language === 'en' ? 'ar' : 'en'}>{i18n.language === 'en' ? f.nameAr : f.nameEn}</bdi></Fact>
          <Fact label={t('priorities:fields.licence')}><bdi>{f.licence ?? '—'}</bdi></Fact>
          <Fact label={t('priorities:fields.source')}>
            <bdi>{f.source ?? '—'}</bdi>
            {f.sourceUrl && (
              <Anchor href={f.sourceUrl} target="_blank" rel="noopener noreferrer" display="block" dir="ltr" style={{ wordBreak: 'break-all' }}>
                {f.sourceUrl}
              </Anchor>
            )}
          </Fact>
        </SimpleGrid>
      </Paper>
      <Tabs defaultValue="tree" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="tree">{t('priorities:tree.title')}</Tabs.Tab>
          <Tabs.Tab value="links">{t('priorities:links.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tree" pt="md">
          <FrameworkTree frameworkId={f.id} nodes={f.priorities} editable />
        </Tabs.Panel>
        <Tabs.Panel value="links" pt="md">
          <CrosswalkLinks frameworkId={f.id} editable />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** `/console/frameworks/:frameworkId`: a framework's tree, crosswalk links, export (admins edit). */
export function FrameworkPage() {
  const { frameworkId = '' } = useParams();
  return (
    <RoleGate roles={FRAMEWORK_ROLES}>
      <Framework id={frameworkId} />
    </RoleGate>
  );
}
