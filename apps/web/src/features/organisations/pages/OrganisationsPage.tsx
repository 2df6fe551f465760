import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { ORGANISATION_TYPES, type OrganisationType } from '../../../../../../packages/shared/src/enums.ts';
import { useSession } from '../../identity/hooks.ts';
import { OrganisationCard } from '../components/OrganisationCard.tsx';
import { useOrganisations } from '../hooks.ts';

const PAGE_SIZE = 12;

/** `/organisations`: verified organisations with search, a type filter and pagination (state in the URL). */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const type = (params.get('type') ?? '') as OrganisationType | '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const list = useOrganisations({ page, pageSize: PAGE_SIZE, q, type });

  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged);
  }

  const filtered = Boolean(q || type);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('organisations:list.title')}
        description={t('organisations:list.description')}
        actions={
          session.data?.user && (
            <Button component={Link} to="/organisations/new">
              {t('organisations:create.action')}
            </Button>
          )
        }
      />
      <form
        role="search"
        aria-label={t('organisations:list.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: draft.trim(), page: '' });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('organisations:list.search')}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            dir="auto"
            style={{ flex: '1 1 14rem' }}
          />
          <NativeSelect
            label={t('organisations:fields.type')}
            value={type}
            onChange={(e) => update({ type: e.currentTarget.value, page: '' })}
            data={[{ value: '', label: t('organisations:list.allTypes') }, ...ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`enums:organisationType.${v}`) }))]}
          />
          <Button type="submit" variant="default">
            {t('common:search')}
          </Button>
        </Group>
      </form>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <EmptyState
          title={filtered ? t('organisations:list.noMatches') : t('organisations:list.empty')}
          description={filtered ? t('organisations:list.noMatchesHint') : t('organisations:list.emptyHint')}
          action={
            filtered ? (
              <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
                {t('organisations:list.clear')}
              </Button>
            ) : (
              <Button component={Link} to={session.data?.user ? '/organisations/new' : '/sign-up'}>
                {t('organisations:create.action')}
              </Button>
            )
          }
        />
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy={list.isFetching}>
            {list.data.items.map((org) => (
              <OrganisationCard key={org.id} org={org} to={`/organisations/${org.id}`} />
            ))}
          </SimpleGrid>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={(p) => update({ page: String(p) })} />
        </>
      )}
    </Stack>
  );
}
