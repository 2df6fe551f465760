import { Anchor, Badge, Button, Card, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormPanel } from '../../../components/FormPanel.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { RoleGate } from '../../admin/components/RoleGate.tsx';
import type { Fund } from '../api.ts';
import { FundForm } from '../components/FundForm.tsx';
import { useFunds, useUpdateFund } from '../hooks.ts';
import { nameOf } from '../labels.ts';
import { FUND_ROLES } from '../roles.ts';

/** One fund: its names, designations, status; edit, close or reopen. */
function FundCard({ fund }: { fund: Fund }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const update = useUpdateFund();
  const [editing, edit] = useDisclosure(false);
  const name = nameOf(fund, i18n.language);
  const org = nameOf(fund.managingOrganisation, i18n.language);

  async function setStatus(status: Fund['status']) {
    try {
      await update.mutateAsync({ id: fund.id, body: { status } });
      notify({ message: t(`contributions:funds.console.${status === 'open' ? 'reopened' : 'closedDone'}`) });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Card withBorder component="article" data-testid="console-fund" data-status={fund.status}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4">
            <Anchor component={Link} to={`/funds/${fund.id}`} c="inherit" dir="auto" lang={name.lang}>
              {name.text}
            </Anchor>
          </Title>
          <Badge color={fund.status === 'open' ? 'green' : 'gray'} variant="light">
            {t(`contributions:funds.status.${fund.status}`)}
          </Badge>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" dir="ltr" component="code">
            {fund.code}
          </Text>
          <UserText size="sm" c="dimmed" lang={org.lang}>
            {org.text}
          </UserText>
        </Group>
        <Text size="sm">{fund.designations.map((d) => t(`contributions:designation.${d}`)).join(' · ')}</Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={edit.toggle} aria-expanded={editing} aria-controls={`edit-${fund.id}`}>
            {t('contributions:funds.console.edit')}
          </Button>
          {fund.status === 'open' ? (
            <ConfirmAction
              label={t('contributions:funds.console.close')}
              title={t('contributions:funds.console.closeTitle')}
              message={t('contributions:funds.console.closeMessage')}
              loading={update.isPending}
              onConfirm={() => setStatus('closed')}
            />
          ) : (
            <Button size="xs" variant="light" loading={update.isPending} onClick={() => void setStatus('open').catch(() => {})}>
              {t('contributions:funds.console.reopen')}
            </Button>
          )}
        </Group>
        <Collapse expanded={editing} id={`edit-${fund.id}`}>
          {editing && <FundForm fund={fund} onDone={edit.close} />}
        </Collapse>
      </Stack>
    </Card>
  );
}

function ConsoleFunds() {
  const { t } = useTranslation();
  const funds = useFunds(true);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={t('contributions:funds.console.title')}
        description={t('contributions:funds.console.description')}
        actions={
          <Button onClick={() => setCreating((c) => !c)} aria-expanded={creating} aria-controls="new-fund">
            {t('contributions:funds.console.new')}
          </Button>
        }
      />
      <FormPanel id="new-fund" title={t('contributions:funds.console.new')} opened={creating}>
        <FundForm onDone={() => setCreating(false)} />
      </FormPanel>
      {funds.isPending && <LoadingState />}
      {funds.isError && <ErrorAlert error={funds.error} onRetry={() => void funds.refetch()} />}
      {funds.data?.items.length === 0 && <EmptyState title={t('contributions:funds.empty')} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {funds.data?.items.map((f) => <FundCard key={f.id} fund={f} />)}
      </SimpleGrid>
    </Stack>
  );
}

/** `/console/funds`: every pooled fund, open or closed; open, edit or close one (admins). */
export function ConsoleFundsPage() {
  return (
    <RoleGate roles={FUND_ROLES}>
      <ConsoleFunds />
    </RoleGate>
  );
}
