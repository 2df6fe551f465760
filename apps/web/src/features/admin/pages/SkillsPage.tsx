import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormPanel } from '../../../components/FormPanel.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { RoleGate } from '../components/RoleGate.tsx';
import { SkillForm } from '../components/SkillForm.tsx';
import { SkillRow } from '../components/SkillRow.tsx';
import { useAdminSkills } from '../hooks.ts';
import { CONSOLE_ACCESS } from '../roles.ts';

function Skills() {
  const { t, i18n } = useTranslation();
  const skills = useAdminSkills();
  const [adding, { toggle }] = useDisclosure(false);
  const items = skills.data?.items ?? [];
  const active = items.filter((s) => s.active).length;
  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={t('admin:skills.title')}
        description={t('admin:skills.description')}
        actions={
          <Button onClick={toggle} aria-expanded={adding} aria-controls="new-skill" variant={adding ? 'default' : 'filled'}>
            {t('admin:skills.addTitle')}
          </Button>
        }
      />
      <FormPanel id="new-skill" title={t('admin:skills.addTitle')} opened={adding}>
        <SkillForm />
      </FormPanel>
      {skills.isPending && <LoadingState />}
      {skills.isError && <ErrorAlert error={skills.error} onRetry={() => void skills.refetch()} />}
      {skills.data && items.length === 0 && <EmptyState title={t('admin:skills.empty')} />}
      {items.length > 0 && (
        <>
          <Text size="sm" c="dimmed">
            {t('admin:skills.count', { count: items.length, formatted: formatNumber(items.length, i18n.language), active: formatNumber(active, i18n.language) })}
          </Text>
          <DataTable
            caption={t('admin:skills.title')}
            head={[t('admin:skills.nameAr'), t('admin:skills.nameEn'), t('admin:skills.code'), t('admin:skills.state'), t('common:actions')]}
            minWidth={760}
          >
            {items.map((s) => (
              <SkillRow key={s.code} skill={s} />
            ))}
          </DataTable>
        </>
      )}
    </Stack>
  );
}

/** `/console/skills`: the bilingual volunteer skills list (admins add, rename, deactivate). */
export function SkillsPage() {
  return (
    <RoleGate roles={CONSOLE_ACCESS.skills}>
      <Skills />
    </RoleGate>
  );
}
