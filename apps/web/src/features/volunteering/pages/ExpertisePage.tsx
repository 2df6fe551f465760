import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { useSession } from '../../identity/hooks.ts';
import { ExpertiseNeedCard } from '../components/ExpertiseNeedCard.tsx';
import { useExpertiseNeeds } from '../hooks.ts';

const PAGE_SIZE = 12;

/** `/expertise`: open expertise needs of live initiatives, each with "offer my expertise". */
export function ExpertisePage() {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useExpertiseNeeds(page, PAGE_SIZE);
  const data = list.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('volunteering:expertise.title')}
        description={t('volunteering:expertise.description')}
        actions={
          signedIn && (
            <Button component={Link} to="/me/engagements" variant="default" size="sm">
              {t('volunteering:nav.engagements')}
            </Button>
          )
        }
      />
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {data && data.items.length === 0 && (
        <EmptyState
          title={t('volunteering:expertise.empty')}
          description={t('volunteering:expertise.emptyHint')}
          action={
            <Button component={Link} to="/volunteer" variant="default">
              {t('volunteering:expertise.toVolunteer')}
            </Button>
          }
        />
      )}
      {data && data.items.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} aria-busy={list.isFetching}>
            {data.items.map((n) => (
              <ExpertiseNeedCard key={n.id} need={n} signedIn={signedIn} />
            ))}
          </SimpleGrid>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={(p) => setParams(p > 1 ? { page: String(p) } : {})} />
        </>
      )}
    </Stack>
  );
}
