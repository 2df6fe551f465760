import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useForm } from '../../../lib/form.ts';
import { MEMBER_ROLES, memberRoleAtLeast, type MemberRole } from '../../../../../../packages/shared/src/enums.ts';
import { emailSchema } from '../../../../../../packages/shared/src/validation.ts';
import { useCreateInvitation } from '../hooks.ts';

const schema = z.object({ email: emailSchema, role: z.enum(MEMBER_ROLES) });

/** Invite someone by email with a role (managers may not hand out more than their own role). */
export function InviteForm({ orgId, myRole }: { orgId: string; myRole: MemberRole }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const invite = useCreateInvitation(orgId);
  const form = useForm({ email: '', role: 'member' as string });
  const roles = MEMBER_ROLES.filter((r) => memberRoleAtLeast(myRole, r));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = form.validate(schema);
    if (!input) return;
    try {
      await invite.mutateAsync(input);
      notify({ message: t('organisations:invitations.sent', { email: input.email }) });
      form.setValues({ email: '', role: input.role });
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label={t('organisations:invitations.email')} type="email" required dir="ltr" style={{ flex: '1 1 16rem' }} {...form.text('email')} />
        <NativeSelect label={t('organisations:invitations.role')} data={roles.map((r) => ({ value: r, label: t(`enums:memberRole.${r}`) }))} {...form.text('role')} />
        <Button type="submit" loading={invite.isPending} mt={{ base: 0, sm: 25 }}>
          {t('organisations:invitations.send')}
        </Button>
      </Group>
      <ErrorAlert error={invite.error} />
    </form>
  );
}
