import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { organisationName } from '../../organisations/names.ts';
import type { Session } from '../api.ts';
import { useSetActingOrganisation, useSignOut } from '../hooks.ts';

/**
 * The header's "acting as" control: always shows whether you act as yourself or for an
 * organisation, lets you switch, and holds sign-out.
 */
export function ActingAsMenu({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const setActing = useSetActingOrganisation();
  const signOut = useSignOut();
  const user = session.user;
  if (!user) return null;

  const acting = session.memberships.find((m) => m.organisationId === session.actingOrganisationId);
  const actingName = acting ? organisationName(acting.organisation, i18n.language) : null;

  async function actAs(orgId: string | null) {
    try {
      await setActing.mutateAsync(orgId);
      await navigate(orgId ? `/workspace/${orgId}` : '/me');
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
    }
  }

  async function doSignOut() {
    try {
      await signOut.mutateAsync();
      notify({ message: t('identity:signOut.done') });
      await navigate('/');
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
    }
  }

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="sm"
          px="xs"
          leftSection={<Avatar size={26} color="ataa" radius="xl" aria-hidden="true">{(actingName?.text ?? user.displayName).slice(0, 1)}</Avatar>}
          data-testid="acting-as"
          maw={{ base: 150, sm: 280 }}
        >
          <Text component="span" size="xs" c="dimmed" visibleFrom="sm" me={4}>
            {t('common:actingAs.label')}
          </Text>
          <Text component="span" size="sm" fw={600} truncate="end" dir="auto" lang={actingName?.lang}>
            {actingName ? actingName.text : user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('common:actingAs.switchTo')}</Menu.Label>
        <Menu.Item onClick={() => void actAs(null)} aria-current={acting ? undefined : 'true'} fw={acting ? 400 : 700}>
          {t('common:actingAs.yourself', { name: user.displayName })}
        </Menu.Item>
        {session.memberships.map((m) => {
          const name = organisationName(m.organisation, i18n.language);
          const current = m.organisationId === session.actingOrganisationId;
          return (
            <Menu.Item key={m.organisationId} onClick={() => void actAs(m.organisationId)} aria-current={current ? 'true' : undefined} fw={current ? 700 : 400}>
              <span dir="auto" lang={name.lang}>{name.text}</span>
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item onClick={() => void navigate('/me')}>{t('common:nav.mySpace')}</Menu.Item>
        <Menu.Item color="red" onClick={() => void doSignOut()} data-testid="sign-out">
          {t('identity:signOut.action')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
