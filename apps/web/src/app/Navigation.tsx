import { NavLink as MantineNavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMyInvitations, useSession } from '../features/identity/hooks.ts';
import { organisationName } from '../features/organisations/names.ts';

function Item({ to, label, end = false, badge }: { to: string; label: string; end?: boolean; badge?: number }) {
  const { pathname } = useLocation();
  const active = end ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
  return (
    <MantineNavLink
      component={Link}
      to={to}
      label={label}
      active={active}
      aria-current={active ? 'page' : undefined}
      rightSection={badge ? <Text component="span" size="xs" fw={700}>{badge}</Text> : undefined}
    />
  );
}

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4} component="h2">
        {title}
      </Text>
      {children}
    </div>
  );
}

/** The main navigation: public places, my space, my workspaces and the console (by role). */
export function Navigation() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const user = session.data?.user ?? null;
  const invitations = useMyInvitations(Boolean(user));
  const pending = invitations.data?.items.length ?? 0;

  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      <Stack gap={0} p="xs">
        <Item to="/" label={t('common:nav.home')} end />
        <Item to="/initiatives" label={t('common:nav.initiatives')} />
        <Item to="/funds" label={t('common:nav.funds')} />
        <Item to="/volunteer" label={t('common:nav.volunteer')} />
        <Item to="/expertise" label={t('common:nav.expertise')} />
        <Item to="/organisations" label={t('common:nav.organisations')} end />
        <Item to="/verify/receipts" label={t('common:nav.verifyReceipt')} />
        {!user && (
          <>
            <Item to="/sign-in" label={t('common:nav.signIn')} />
            <Item to="/sign-up" label={t('common:nav.signUp')} />
          </>
        )}
        {user && (
          <Group title={t('common:nav.mySpace')}>
            <Item to="/me" label={t('common:nav.profile')} end />
            <Item to="/me/contributions" label={t('common:nav.myContributions')} />
            <Item to="/me/monthly" label={t('common:nav.monthly')} />
            <Item to="/me/volunteering" label={t('common:nav.myVolunteering')} />
            <Item to="/me/impact" label={t('common:nav.myImpact')} />
            <Item to="/me/organisations" label={t('common:nav.myOrganisations')} />
            <Item to="/me/invitations" label={t('common:nav.invitations')} badge={pending} />
            <Item to="/me/password" label={t('common:nav.password')} />
            <Item to="/me/tokens" label={t('common:nav.tokens')} />
          </Group>
        )}
        {user && (session.data?.memberships.length ?? 0) > 0 && (
          <Group title={t('common:nav.workspaces')}>
            {session.data!.memberships.map((m) => (
              <Item key={m.organisationId} to={`/workspace/${m.organisationId}`} label={organisationName(m.organisation, i18n.language).text} />
            ))}
          </Group>
        )}
        {user?.platformRole && (
          <Group title={t('common:nav.console')}>
            <Item to="/console" label={t('common:nav.consoleHome')} />
          </Group>
        )}
      </Stack>
    </ScrollArea>
  );
}
