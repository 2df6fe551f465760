import { NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../../../../../../packages/shared/src/enums.ts';
import { RoleGate } from '../../admin/components/RoleGate.tsx';
import { InitiativeCard } from '../components/InitiativeCard.tsx';
import { useReviewQueue } from '../hooks.ts';
import { REVIEW_QUEUE_ROLES } from '../roles.ts';

function Queue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status') as InitiativeStatus | null;
  const status: InitiativeStatus = raw && INITIATIVE_STATUSES.includes(raw) ? raw : 'submitted';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const queue = useReviewQueue(status, page);

  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('initiatives:review.title')} description={t('initiatives:review.description')} />
      <NativeSelect
        label={t('initiatives:review.filter')}
        value={status}
        onChange={(e) => setParams({ status: e.currentTarget.value })}
        data={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`enums:initiativeStatus.${s}`) }))}
        maw={280}
      />
      {queue.isPending && <LoadingState />}
      {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data?.items.length === 0 && <EmptyState title={status === 'submitted' ? t('initiatives:review.emptySubmitted') : t('initiatives:review.empty')} />}
      {queue.data && queue.data.items.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {queue.data.items.map((i) => (
              <InitiativeCard key={i.id} initiative={i} to={`/console/initiatives/${i.id}`} showStatus headingOrder={3} />
            ))}
          </SimpleGrid>
          <Pager page={queue.data.page} pageSize={queue.data.pageSize} total={queue.data.total} onChange={(p) => setParams({ status, page: String(p) })} />
        </>
      )}
    </Stack>
  );
}

/** `/console/initiatives`: initiatives waiting for review (or in any other status). */
export function ReviewQueuePage() {
  return (
    <RoleGate roles={REVIEW_QUEUE_ROLES}>
      <Queue />
    </RoleGate>
  );
}
