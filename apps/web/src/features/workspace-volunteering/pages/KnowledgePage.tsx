import { Button, Collapse, Group, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { organisationName } from '../../organisations/names.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import type { Mentorship, SessionStatus } from '../api-knowledge.ts';
import { MentorshipCard } from '../components/MentorshipCard.tsx';
import { MentorshipForm } from '../components/MentorshipForm.tsx';
import { OutputsSummary } from '../components/OutputsSummary.tsx';
import { SessionCard } from '../components/SessionCard.tsx';
import { SessionForm } from '../components/SessionForm.tsx';
import { useMentorships, useSessions } from '../hooks-knowledge.ts';
import { useOrgNeeds, type OrgNeed } from '../hooks.ts';
import { pageOf } from '../paged.ts';

const STATUSES: readonly SessionStatus[] = ['reported', 'confirmed', 'rejected'];

/** A section heading with its "new …" toggle (managers) and the form it opens. */
function SectionHead({ id, title, action, open, onToggle, needs, children }: { id: string; title: string; action: string; open: boolean; onToggle: () => void; needs: OrgNeed[] | null; children: React.ReactNode }) {
  return (
    <>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h4" id={`${id}-heading`}>
          {title}
        </Title>
        {needs && needs.length > 0 && (
          <Button size="sm" onClick={onToggle} aria-expanded={open} aria-controls={`${id}-form`} variant={open ? 'default' : 'filled'}>
            {action}
          </Button>
        )}
      </Group>
      {needs && (
        <Collapse expanded={open} id={`${id}-form`}>
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>{open && children}</Paper>
        </Collapse>
      )}
    </>
  );
}

/** Mentorships, a page at a time, and the form to start one. */
function Mentorships({ orgId, needs, list, manage }: { orgId: string; needs: OrgNeed[] | null; list: ReturnType<typeof useMentorships>; manage: boolean }) {
  const { t } = useTranslation();
  const [open, { toggle, close }] = useDisclosure(false);
  const [page, setPage] = useState(1);
  const shown = pageOf(list.data?.items ?? [], page, 10);
  return (
    <Stack gap="sm" component="section" aria-labelledby="mentorships-heading">
      <SectionHead id="mentorships" title={t('workspaceVolunteering:knowledge.mentorships.title')} action={t('workspaceVolunteering:knowledge.mentorships.new')} open={open} onToggle={toggle} needs={needs}>
        <MentorshipForm orgId={orgId} needs={needs ?? []} onDone={close} />
      </SectionHead>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && shown.total === 0 && <EmptyState title={t('workspaceVolunteering:knowledge.mentorships.empty')} />}
      {shown.items.length > 0 && (
        <>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="mentorships-heading">
            {shown.items.map((m) => (
              <MentorshipCard key={m.id} m={m} manage={manage} />
            ))}
          </Stack>
          <Pager page={shown.page} pageSize={shown.pageSize} total={shown.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

/** Sessions by status, server-paged, and the form to report one. */
function Sessions({ orgId, needs, mentorships, manage, myUserId }: { orgId: string; needs: OrgNeed[] | null; mentorships: Mentorship[]; manage: boolean; myUserId: string }) {
  const { t } = useTranslation();
  const [open, { toggle, close }] = useDisclosure(false);
  const [status, setStatus] = useState<SessionStatus>('reported');
  const [page, setPage] = useState(1);
  const list = useSessions(orgId, status, page);
  return (
    <Stack gap="sm" component="section" aria-labelledby="sessions-heading">
      <SectionHead id="sessions" title={t('workspaceVolunteering:knowledge.sessions.title')} action={t('workspaceVolunteering:knowledge.sessions.new')} open={open} onToggle={toggle} needs={needs}>
        <SessionForm orgId={orgId} needs={needs ?? []} mentorships={mentorships} onDone={close} />
      </SectionHead>
      <Tabs
        value={status}
        onChange={(v) => {
          setStatus((v as SessionStatus) ?? 'reported');
          setPage(1);
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {STATUSES.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`workspaceVolunteering:knowledge.sessions.tabs.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={status} pt="sm">
          {list.isPending && <LoadingState />}
          {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data?.items.length === 0 && <EmptyState title={t(`workspaceVolunteering:knowledge.sessions.empty.${status}`)} />}
          {list.data && list.data.items.length > 0 && (
            <>
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t(`workspaceVolunteering:knowledge.sessions.tabs.${status}`)} aria-busy={list.isFetching}>
                {list.data.items.map((s) => (
                  <SessionCard key={s.id} s={s} manage={manage} myUserId={myUserId} />
                ))}
              </Stack>
              <Pager page={list.data.page ?? page} pageSize={list.data.pageSize ?? 20} total={list.data.total ?? list.data.items.length} onChange={setPage} />
            </>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/**
 * `/workspace/:orgId/knowledge`: what the organisation's knowledge sharing reached, its
 * mentorships, and the sessions reported to it (confirm into the ledger, or reject with a reason).
 */
export function KnowledgePage() {
  const { t, i18n } = useTranslation();
  const { org, can, myUserId } = useWorkspace();
  const manage = can('manager');
  const needs = useOrgNeeds(org.id, 'knowledge');
  const mentorships = useMentorships(org.id);
  const title = t('workspaceVolunteering:knowledge.title');
  // Forms only for managers, and only once the knowledge needs they pick from are known.
  const formNeeds = manage && !needs.isPending && !needs.error ? needs.needs : null;
  return (
    <Stack gap="lg">
      <PageHeader order={2} title={title} documentTitle={`${title} · ${organisationName(org, i18n.language).text}`} description={t('workspaceVolunteering:knowledge.description')} />
      <OutputsSummary orgId={org.id} />
      {manage && needs.error && <ErrorAlert error={needs.error} onRetry={needs.refetch} />}
      {formNeeds && formNeeds.length === 0 && (
        <Paper withBorder p="sm">
          {t('workspaceVolunteering:knowledge.noNeeds')}
        </Paper>
      )}
      <Mentorships orgId={org.id} needs={formNeeds} list={mentorships} manage={manage} />
      <Sessions orgId={org.id} needs={formNeeds} mentorships={mentorships.data?.items ?? []} manage={manage} myUserId={myUserId} />
    </Stack>
  );
}
