import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import type { MemberRole } from '../../../../../../packages/shared/src/enums.ts';
import { MemberRow } from '../components/MemberRow.tsx';
import { useChangeMemberRole, useMembers, useRemoveMember } from '../hooks.ts';
import { organisationName } from '../names.ts';
import { useWorkspace } from '../workspace.ts';

/** `/workspace/:orgId/members`: who belongs; owners change roles and remove; anyone may leave. */
export function MembersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { org, myUserId, can } = useWorkspace();
  const members = useMembers(org.id);
  const changeRole = useChangeMemberRole(org.id);
  const remove = useRemoveMember(org.id);
  const title = t('organisations:workspace.members');

  function onRoleChange(userId: string, role: MemberRole) {
    changeRole.mutate(
      { userId, role },
      {
        onSuccess: () => notify({ message: t('organisations:members.roleChanged') }),
        onError: (err) => notify({ message: errorMessage(t, err), color: 'red' }),
      },
    );
  }

  async function onRemove(userId: string) {
    try {
      await remove.mutateAsync(userId);
      if (userId === myUserId) {
        notify({ message: t('organisations:members.left') });
        await navigate('/me/organisations');
      } else {
        notify({ message: t('organisations:members.removed') });
      }
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Stack gap="md">
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} />
      {members.isPending && <LoadingState />}
      {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
      {members.data?.items.length === 0 && <EmptyState title={t('organisations:members.empty')} />}
      {members.data && members.data.items.length > 0 && (
        <DataTable
          caption={title}
          head={[t('organisations:members.person'), t('organisations:members.role'), t('organisations:members.since'), <span key="a" className="visually-hidden">{t('common:actions')}</span>]}
        >
          {members.data.items.map((m) => (
            <MemberRow
              key={m.userId}
              member={m}
              isMe={m.userId === myUserId}
              canManage={can('owner')}
              busy={changeRole.isPending || remove.isPending}
              onRoleChange={(role) => onRoleChange(m.userId, role)}
              onRemove={() => onRemove(m.userId)}
            />
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
