import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { PLATFORM_ROLES, type PlatformRole } from '../../../../../../packages/shared/src/enums.ts';
import { useSession } from '../../identity/hooks.ts';
import { RoleGate } from '../components/RoleGate.tsx';
import { useSetPlatformRole, useUsers } from '../hooks.ts';
import { CONSOLE_ACCESS } from '../roles.ts';

function Users() {
  const { t } = useTranslation();
  const notify = useNotify();
  const session = useSession();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const users = useUsers(q, page);
  const setRole = useSetPlatformRole();

  function onRoleChange(userId: string, value: string) {
    const role = value ? (value as PlatformRole) : null;
    setRole.mutate(
      { userId, role },
      {
        onSuccess: () => notify({ message: t('admin:users.roleChanged') }),
        onError: (err) => notify({ message: errorMessage(t, err), color: 'red' }),
      },
    );
  }

  const roleOptions = [{ value: '', label: t('admin:users.noRole') }, ...PLATFORM_ROLES.map((r) => ({ value: r, label: t(`enums:platformRole.${r}`) }))];
  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('admin:users.title')} description={t('admin:users.description')} />
      <form
        role="search"
        aria-label={t('admin:users.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          setQ(draft.trim());
          setPage(1);
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput label={t('admin:users.search')} type="search" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} dir="auto" style={{ flex: '1 1 16rem' }} />
          <Button type="submit" variant="default">
            {t('common:search')}
          </Button>
        </Group>
      </form>
      {users.isPending && <LoadingState />}
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {users.data?.items.length === 0 && <EmptyState title={t('admin:users.empty')} />}
      {users.data && users.data.items.length > 0 && (
        <>
          <DataTable caption={t('admin:users.title')} head={[t('admin:users.person'), t('admin:users.platformRole'), t('common:createdAt'), t('admin:users.state')]}>
            {users.data.items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <div>
                    <UserText fw={600}>{u.displayName}</UserText>
                  </div>
                  <Text size="xs" c="dimmed">
                    <span dir="ltr">{u.email}</span>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('admin:users.roleOf', { name: u.displayName })}
                    value={u.platformRole ?? ''}
                    data={roleOptions}
                    disabled={setRole.isPending || u.id === session.data?.user?.id}
                    onChange={(e) => onRoleChange(u.id, e.currentTarget.value)}
                    size="xs"
                    w={150}
                  />
                </Table.Td>
                <Table.Td>
                  <DateText iso={u.createdAt} hijri={false} />
                </Table.Td>
                <Table.Td>
                  {u.disabledAt ? <Badge color="red" variant="light">{t('admin:users.disabled')}</Badge> : <Badge color="green" variant="light">{t('admin:users.active')}</Badge>}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          <Pager page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

/** `/console/users`: people and their platform roles (admins only). */
export function UsersPage() {
  return (
    <RoleGate roles={CONSOLE_ACCESS.users}>
      <Users />
    </RoleGate>
  );
}
