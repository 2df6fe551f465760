import { Alert, Group, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { SectionNav } from '../../../components/SectionNav.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { memberRoleAtLeast } from '../../../../../../packages/shared/src/enums.ts';
import { RequireAuth } from '../../identity/components/RequireAuth.tsx';
import { useSession, useSetActingOrganisation } from '../../identity/hooks.ts';
import { useOrganisation } from '../hooks.ts';
import { organisationName } from '../names.ts';
import type { WorkspaceContext } from '../workspace.ts';

function Workspace({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const org = useOrganisation(orgId);
  const setActing = useSetActingOrganisation();
  const membership = session.data?.memberships.find((m) => m.organisationId === orgId);
  const acting = session.data?.actingOrganisationId;

  // Entering an organisation's workspace means acting for it (the header says so).
  // Tried once per organisation, so a refusal cannot loop.
  const { mutate: switchActing } = setActing;
  const tried = useRef<string | null>(null);
  useEffect(() => {
    if (membership && acting !== orgId && tried.current !== orgId) {
      tried.current = orgId;
      switchActing(orgId);
    }
  }, [membership, acting, orgId, switchActing]);

  if (org.isPending) return <LoadingState />;
  if (org.isError) return <ErrorAlert error={org.error} onRetry={() => void org.refetch()} />;

  const role = membership?.role ?? null;
  const name = organisationName(org.data, i18n.language);
  const base = `/workspace/${orgId}`;
  const items = [
    { to: base, label: t('organisations:workspace.overview'), end: true },
    { to: `${base}/initiatives`, label: t('initiatives:workspace.nav') },
    ...(role && memberRoleAtLeast(role, 'manager') ? [{ to: `${base}/details`, label: t('organisations:workspace.details') }] : []),
    { to: `${base}/contributions`, label: t('contributions:workspace.nav') },
    { to: `${base}/volunteering`, label: t('workspaceVolunteering:nav.volunteering') },
    { to: `${base}/expertise`, label: t('workspaceVolunteering:nav.expertise') },
    { to: `${base}/knowledge`, label: t('workspaceVolunteering:nav.knowledge') },
    { to: `${base}/members`, label: t('organisations:workspace.members') },
    ...(role && memberRoleAtLeast(role, 'manager') ? [{ to: `${base}/invitations`, label: t('organisations:workspace.invitations') }] : []),
  ];
  const context: WorkspaceContext = { org: org.data, role, myUserId: session.data?.user?.id ?? '' };

  return (
    <Stack gap={0}>
      <PageHeader
        title={name.text}
        titleLang={name.lang}
        description={t('organisations:workspace.subtitle')}
        setTitle={false}
        actions={
          <Group gap="xs">
            <StatusBadge status={org.data.status} />
          </Group>
        }
      />
      {!membership && (
        <Alert variant="light" color="blue" mb="md">
          {t('organisations:workspace.staffView')}
        </Alert>
      )}
      <SectionNav label={t('organisations:workspace.nav')} items={items} />
      <Outlet context={context} />
    </Stack>
  );
}

/** `/workspace/:orgId/*`: an organisation's workspace — overview, details, members, invitations. */
export function WorkspaceLayout() {
  const { orgId = '' } = useParams();
  return (
    <RequireAuth>
      <Workspace orgId={orgId} />
    </RequireAuth>
  );
}
