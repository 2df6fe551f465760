import { Button, Grid, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { CertificateItem } from '../components/CertificateItem.tsx';
import { IssueCertificateForm } from '../components/IssueCertificateForm.tsx';
import { useCertificates, useMyShifts } from '../hooks.ts';

const PAGE_SIZE = 10;

/** The certificates I hold, newest first, a page at a time. */
function Issued() {
  const { t } = useTranslation();
  const list = useCertificates();
  const [page, setPage] = useState(1);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const items = [...list.data.items].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
  if (items.length === 0) return <EmptyState title={t('volunteering:certificates.empty')} description={t('volunteering:certificates.emptyHint')} />;
  return (
    <>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="issued-heading">
        {items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((c) => (
          <CertificateItem key={c.id} certificate={c} />
        ))}
      </Stack>
      <Pager page={page} pageSize={PAGE_SIZE} total={items.length} onChange={setPage} />
    </>
  );
}

/** `/me/certificates`: issue a certificate of verified hours, and the ones I hold with their links. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const shifts = useMyShifts();
  const verified = (shifts.data?.items ?? []).filter((s) => s.attendance?.status === 'verified');
  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={t('volunteering:certificates.title')}
        description={t('volunteering:certificates.description')}
        actions={
          <Button component={Link} to="/me/volunteering" variant="default" size="sm">
            {t('volunteering:browse.myShifts')}
          </Button>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="issue-heading">
            <Title order={3} size="h4" id="issue-heading" mb="sm">
              {t('volunteering:certificates.issueTitle')}
            </Title>
            {shifts.isPending && <LoadingState />}
            {shifts.isError && <ErrorAlert error={shifts.error} onRetry={() => void shifts.refetch()} />}
            {shifts.data && <IssueCertificateForm verified={verified} />}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <section aria-labelledby="issued-heading">
            <Title order={3} size="h4" id="issued-heading" mb="sm">
              {t('volunteering:certificates.issuedTitle')}
            </Title>
            <Issued />
          </section>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
