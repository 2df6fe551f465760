import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { UserText } from '../../../components/UserText.tsx';
import type { Engagement } from '../api-knowledge.ts';
import { EngagementStatusBadge } from '../components/EngagementStatusBadge.tsx';
import { useMyEngagements } from '../hooks.ts';
import { formatDuration, nameOf, titleOf } from '../labels.ts';

const PAGE_SIZE = 10;

/** What an engagement is called: its need's title, else its initiative's. */
export function engagementTitle(e: Pick<Engagement, 'need' | 'initiative'>, locale: string) {
  const source = e.need && (e.need.titleAr || e.need.titleEn) ? e.need : e.initiative;
  return source ? titleOf(source, locale) : null;
}

function EngagementItem({ e }: { e: Engagement }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = engagementTitle(e, lang);
  const org = e.organisation ? nameOf(e.organisation, lang) : null;
  return (
    <Paper withBorder p="sm" component="li" data-testid="engagement" data-id={e.id}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/me/engagements/${e.id}`} fw={600} dir="auto" lang={title?.lang} style={{ overflowWrap: 'anywhere' }}>
            {title?.text ?? t('volunteering:engagements.untitled')}
          </Anchor>
          <EngagementStatusBadge status={e.status} />
        </Group>
        {org && (
          <UserText size="sm" c="dimmed" lang={org.lang}>
            {org.text}
          </UserText>
        )}
        <Text size="sm">{t('volunteering:engagements.logged', { duration: formatDuration(t, e.totalMinutes, lang) })}</Text>
      </Stack>
    </Paper>
  );
}

/** `/me/engagements`: the pro-bono work organisations accepted from me. */
export function EngagementsPage() {
  const { t } = useTranslation();
  const list = useMyEngagements();
  const [page, setPage] = useState(1);
  const items = list.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('volunteering:engagements.title')} description={t('volunteering:engagements.description')} />
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && items.length === 0 && (
        <EmptyState
          title={t('volunteering:engagements.empty')}
          description={t('volunteering:engagements.emptyHint')}
          action={
            <Button component={Link} to="/expertise">
              {t('volunteering:engagements.toExpertise')}
            </Button>
          }
        />
      )}
      {items.length > 0 && (
        <>
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('volunteering:engagements.title')}>
            {items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((e) => (
              <EngagementItem key={e.id} e={e} />
            ))}
          </Stack>
          <Pager page={page} pageSize={PAGE_SIZE} total={items.length} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
