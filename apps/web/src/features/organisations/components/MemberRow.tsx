import { Badge, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { MEMBER_ROLES, type MemberRole } from '../../../../../../packages/shared/src/enums.ts';
import type { Member } from '../api.ts';

/** Props of {@link MemberRow}. */
export interface MemberRowProps {
  member: Member;
  isMe: boolean;
  /** I am an owner: I may change roles and remove people. */
  canManage: boolean;
  busy: boolean;
  onRoleChange: (role: MemberRole) => void;
  onRemove: () => Promise<void>;
}

/** One member in the members table, with role change, remove or leave as allowed. */
export function MemberRow({ member, isMe, canManage, busy, onRoleChange, onRemove }: MemberRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={0}>
          <Group gap={6}>
            <UserText fw={600}>{member.displayName}</UserText>
            {isMe && (
              <Badge size="xs" variant="outline" color="gray">
                {t('organisations:members.you')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            <span dir="ltr">{member.email}</span>
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        {canManage ? (
          <NativeSelect
            aria-label={t('organisations:members.roleOf', { name: member.displayName })}
            value={member.role}
            disabled={busy}
            onChange={(e) => onRoleChange(e.currentTarget.value as MemberRole)}
            data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`enums:memberRole.${r}`) }))}
            size="xs"
            w={140}
          />
        ) : (
          <Badge variant="light" color="gray">
            {t(`enums:memberRole.${member.role}`)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <DateText iso={member.createdAt} hijri={false} />
      </Table.Td>
      <Table.Td>
        {isMe ? (
          <ConfirmAction
            label={t('organisations:members.leave')}
            title={t('organisations:members.leaveTitle')}
            message={t('organisations:members.leaveMessage')}
            loading={busy}
            onConfirm={onRemove}
          />
        ) : (
          canManage && (
            <ConfirmAction
              label={t('organisations:members.remove')}
              title={t('organisations:members.removeTitle')}
              message={t('organisations:members.removeMessage', { name: member.displayName })}
              loading={busy}
              onConfirm={onRemove}
            />
          )
        )}
      </Table.Td>
    </Table.Tr>
  );
}
