import { Anchor, Badge, Button, Card, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { RoleGate } from '../../admin/components/RoleGate.tsx';
import { FrameworkForm } from '../components/FrameworkForm.tsx';
import { ImportForm } from '../components/ImportForm.tsx';
import { useFrameworks } from '../hooks.ts';
import { frameworkName } from '../labels.ts';
import { FRAMEWORK_ROLES } from '../roles.ts';

function Frameworks() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const frameworks = useFrameworks();
  const [creating, create] = useDisclosure(false);
  const [importing, importer] = useDisclosure(false);

  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={t('priorities:frameworks.title')}
        description={t('priorities:frameworks.description')}
        actions={
          <>
            <Button onClick={create.toggle} aria-expanded={creating} aria-controls="new-framework">{t('priorities:frameworks.new')}</Button>
            <Button variant="default" onClick={importer.toggle} aria-expanded={importing} aria-controls="import-framework">{t('priorities:import.title')}</Button>
          </>
        }
      />
      <Collapse expanded={creating} id="new-framework">
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">{t('priorities:frameworks.new')}</Title>
          {creating && <FrameworkForm onCreated={(f) => void navigate(`/console/frameworks/${f.id}`)} />}
        </Paper>
      </Collapse>
      <Collapse expanded={importing} id="import-framework">
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">{t('priorities:import.title')}</Title>
          {importing && <ImportForm />}
        </Paper>
      </Collapse>
      {frameworks.isPending && <LoadingState />}
      {frameworks.isError && <ErrorAlert error={frameworks.error} onRetry={() => void frameworks.refetch()} />}
      {frameworks.data?.items.length === 0 && <EmptyState title={t('priorities:frameworks.empty')} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {frameworks.data?.items.map((f) => (
          <Card key={f.id} withBorder component="article">
            <Stack gap="xs">
              <Title order={3} size="h4">
                <Anchor component={Link} to={`/console/frameworks/${f.id}`} c="inherit">{frameworkName(f, i18n.language)}</Anchor>
              </Title>
              <Group gap="xs">
                <Badge variant="light">{t(`enums:frameworkLevel.${f.level}`)}</Badge>
                <Text size="sm" dir="ltr" component="code">{f.code}</Text>
                <Text size="sm" c="dimmed">{t('priorities:frameworks.count', { count: f.priorityCount ?? 0, formatted: formatNumber(f.priorityCount ?? 0, i18n.language) })}</Text>
              </Group>
              {f.source && <Text size="sm" lineClamp={3}><bdi>{f.source}</bdi></Text>}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** `/console/frameworks`: every priority framework; create one or import a JSON/CSV file (admins). */
export function FrameworksPage() {
  return (
    <RoleGate roles={FRAMEWORK_ROLES}>
      <Frameworks />
    </RoleGate>
  );
}
