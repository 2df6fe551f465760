import { SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { ORGANISATION_STATUSES, type OrganisationStatus } from '../../../../../../packages/shared/src/enums.ts';
import { useSession } from '../../identity/hooks.ts';
import { ReviewCard } from '../components/ReviewCard.tsx';
import { RoleGate } from '../components/RoleGate.tsx';
import { useDecideOrganisation, useReviewQueue } from '../hooks.ts';
import { allows, CONSOLE_ACCESS } from '../roles.ts';

function Approvals() {
  const { t } = useTranslation();
  const notify = useNotify();
  const session = useSession();
  const [status, setStatus] = useState<OrganisationStatus>('pending');
  const [page, setPage] = useState(1);
  const queue = useReviewQueue(status, page);
  const decide = useDecideOrganisation();
  const canDecide = allows(CONSOLE_ACCESS.decide, session.data?.user?.platformRole);

  async function onDecide(orgId: string, decision: 'verify' | 'reject', reason?: string) {
    try {
      await decide.mutateAsync({ orgId, decision, reason });
      notify({ message: t(decision === 'verify' ? 'admin:approvals.verified' : 'admin:approvals.rejected') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('admin:approvals.title')} description={t('admin:approvals.description')} />
      <SegmentedControl
        aria-label={t('admin:approvals.filter')}
        value={status}
        onChange={(v) => {
          setStatus(v as OrganisationStatus);
          setPage(1);
        }}
        data={ORGANISATION_STATUSES.map((s) => ({ value: s, label: t(`enums:organisationStatus.${s}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {queue.isPending && <LoadingState />}
      {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data?.items.length === 0 && (
        <EmptyState title={status === 'pending' ? t('admin:approvals.emptyPending') : t('admin:approvals.empty')} />
      )}
      {queue.data && queue.data.items.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {queue.data.items.map((org) => (
              <ReviewCard key={org.id} org={org} canDecide={canDecide} busy={decide.isPending} onDecide={(d, r) => onDecide(org.id, d, r)} />
            ))}
          </SimpleGrid>
          <Pager page={queue.data.page} pageSize={queue.data.pageSize} total={queue.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

/** `/console`: organisations awaiting approval (and the decided ones), verify or reject with a reason. */
export function ApprovalsPage() {
  return (
    <RoleGate roles={CONSOLE_ACCESS.approvals}>
      <Approvals />
    </RoleGate>
  );
}
