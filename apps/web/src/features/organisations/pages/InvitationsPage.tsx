import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { InviteForm } from '../components/InviteForm.tsx';
import { useInvitations, useRevokeInvitation } from '../hooks.ts';
import { organisationName } from '../names.ts';
import { useWorkspace } from '../workspace.ts';

/** `/workspace/:orgId/invitations`: invite by email with a role; revoke pending invitations. */
export function InvitationsPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const { org, role, can } = useWorkspace();
  const allowed = can('manager');
  const invitations = useInvitations(org.id, allowed);
  const revoke = useRevokeInvitation(org.id);
  const title = t('organisations:workspace.invitations');

  async function doRevoke(id: string) {
    try {
      await revoke.mutateAsync(id);
      notify({ message: t('organisations:invitations.revoked') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  if (!allowed || !role) {
    return <EmptyState title={t('common:forbidden.title')} description={t('common:forbidden.description')} />;
  }
  return (
    <Stack gap="md">
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} />
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('organisations:invitations.new')}
        </Title>
        <InviteForm orgId={org.id} myRole={role} />
      </Paper>
      <Title order={3} size="h4">
        {t('organisations:invitations.pending')}
      </Title>
      {invitations.isPending && <LoadingState />}
      {invitations.isError && <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.data?.items.length === 0 && <EmptyState title={t('organisations:invitations.empty')} />}
      {invitations.data && invitations.data.items.length > 0 && (
        <DataTable
          caption={t('organisations:invitations.pending')}
          head={[t('organisations:invitations.email'), t('organisations:invitations.role'), t('common:createdAt'), t('organisations:invitations.expires'), <span key="a" className="visually-hidden">{t('common:actions')}</span>]}
        >
          {invitations.data.items.map((inv) => (
            <Table.Tr key={inv.id}>
              <Table.Td>
                <Text size="sm">
                  <span dir="ltr">{inv.email}</span>
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray">{t(`enums:memberRole.${inv.role}`)}</Badge>
              </Table.Td>
              <Table.Td><DateText iso={inv.createdAt} hijri={false} /></Table.Td>
              <Table.Td><DateText iso={inv.expiresAt} hijri={false} /></Table.Td>
              <Table.Td>
                <ConfirmAction
                  label={t('organisations:invitations.revoke')}
                  title={t('organisations:invitations.revokeTitle')}
                  message={t('organisations:invitations.revokeMessage', { email: inv.email })}
                  loading={revoke.isPending}
                  onConfirm={() => doRevoke(inv.id)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
