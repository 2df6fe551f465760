import { Alert, Anchor, Button, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { organisationName } from '../../organisations/names.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import { InitiativeStatusBadge } from '../components/InitiativeStatusBadge.tsx';
import { LanguageNotice } from '../components/LanguageNotice.tsx';
import { NeedKindBadges } from '../components/NeedKindBadges.tsx';
import { useOrganisationInitiatives } from '../hooks.ts';
import { initiativeTitle } from '../labels.ts';

/** `/workspace/:orgId/initiatives`: the organisation's initiatives in every status; managers draft new ones. */
export function WorkspaceInitiativesPage() {
  const { t, i18n } = useTranslation();
  const { org, can } = useWorkspace();
  const [page, setPage] = useState(1);
  const list = useOrganisationInitiatives(org.id, page);
  const title = t('initiatives:workspace.title');
  const verified = org.status === 'verified';
  const canCreate = can('manager') && verified;
  const base = `/workspace/${org.id}/initiatives`;

  return (
    <Stack gap="md">
      <PageHeader
        order={2}
        title={title}
        documentTitle={`${title} · ${organisationName(org, i18n.language).text}`}
        description={t('initiatives:workspace.description')}
        actions={canCreate && <Button component={Link} to={`${base}/new`}>{t('initiatives:workspace.new')}</Button>}
      />
      {!verified && can('manager') && (
        <Alert color="yellow" variant="light" title={t('initiatives:workspace.notVerifiedTitle')} data-testid="not-verified-notice">
          {t('initiatives:workspace.notVerified')}
        </Alert>
      )}
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && (
        <EmptyState
          title={t('initiatives:workspace.empty')}
          description={canCreate ? t('initiatives:workspace.emptyHint') : undefined}
          action={canCreate && <Button component={Link} to={`${base}/new`}>{t('initiatives:workspace.new')}</Button>}
        />
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <DataTable caption={title} head={[t('initiatives:fields.title'), t('initiatives:fields.status'), t('initiatives:card.needs'), t('initiatives:fields.endDate')]} minWidth={720}>
            {list.data.items.map((i) => {
              const name = initiativeTitle(i, i18n.language);
              return (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`${base}/${i.id}`} fw={600} dir="auto" lang={name.lang}>{name.text}</Anchor>
                    {name.fallback && <LanguageNotice lang={name.lang} />}
                  </Table.Td>
                  <Table.Td><InitiativeStatusBadge status={i.status} /></Table.Td>
                  <Table.Td><NeedKindBadges kinds={i.needKinds} label={t('initiatives:card.needsOf', { name: name.text })} /></Table.Td>
                  <Table.Td>{i.endDate ? <DateText iso={i.endDate} hijri={false} /> : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
