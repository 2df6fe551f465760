import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useWorkspace } from '../../organisations/workspace.ts';
import type { RosterEntry } from '../api.ts';
import { CheckCodePanel } from '../components/CheckCodePanel.tsx';
import { GulfTimeNote } from '../components/GulfTimeNote.tsx';
import { RosterCard } from '../components/RosterCard.tsx';
import { useRoster } from '../hooks.ts';
import { titleOf } from '../labels.ts';
import { gulfRange } from '../time.ts';

const ORDER: Record<RosterEntry['status'], number> = { confirmed: 0, waitlisted: 1, cancelled: 2 };

/**
 * `/workspace/:orgId/volunteering/shifts/:shiftId`: who is coming to a shift, with contacts and
 * the private emergency contact, check-in / check-out from the list, and the on-site code.
 */
export function RosterPage() {
  const { shiftId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { org, can } = useWorkspace();
  const roster = useRoster(shiftId);
  const lang = i18n.language;

  if (roster.isPending) return <LoadingState />;
  const opportunityId = roster.data?.shift.opportunityId ?? roster.data?.shift.opportunity?.id;
  const back = (
    <Anchor component={Link} to={opportunityId ? `/workspace/${org.id}/volunteering/opportunities/${opportunityId}` : `/workspace/${org.id}/volunteering`} size="sm">
      {opportunityId ? t('workspaceVolunteering:roster.back') : t('workspaceVolunteering:opportunities.back')}
    </Anchor>
  );
  if (roster.isError) {
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={roster.error} onRetry={() => void roster.refetch()} />
      </Stack>
    );
  }
  const { shift, items } = roster.data;
  const name = titleOf(shift.opportunity ?? shift, lang);
  const when = gulfRange(shift.startsAt, shift.endsAt, lang);
  const sorted = [...items].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.volunteer.displayName.localeCompare(b.volunteer.displayName, lang));
  const confirmed = items.filter((i) => i.status === 'confirmed').length;
  const manage = can('manager');
  const live = shift.status === 'scheduled';

  return (
    <Stack gap="md">
      {back}
      <PageHeader
        order={2}
        title={t('workspaceVolunteering:roster.title', { when })}
        description={name.text !== '—' ? <span dir="auto" lang={name.lang}>{name.text}</span> : undefined}
        actions={!live && <Badge color="gray" variant="light">{t('workspaceVolunteering:shifts.cancelledStatus')}</Badge>}
      />
      <Group justify="space-between" gap="xs">
        <GulfTimeNote />
        {/* On a phone the code panel comes after a long list; organisers on site need it fast. */}
        {manage && live && (
          <Anchor href="#check-code-heading" size="sm" hiddenFrom="md">
            {t('workspaceVolunteering:code.jump')}
          </Anchor>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: manage && live ? 2 : 1 }} spacing="md">
          <Stack gap="sm" component="section" aria-labelledby="roster-heading">
            <Title order={3} size="h4" id="roster-heading">
              {t('workspaceVolunteering:roster.volunteers')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('workspaceVolunteering:roster.count', { count: confirmed, formatted: formatNumber(confirmed, lang), capacity: formatNumber(shift.capacity, lang) })}
            </Text>
            {sorted.length === 0 ? (
              <EmptyState title={t('workspaceVolunteering:roster.empty')} />
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="roster-heading">
                {sorted.map((entry) => (
                  <RosterCard key={entry.signupId} shift={shift} entry={entry} manage={manage && live} />
                ))}
              </Stack>
            )}
          </Stack>
        {manage && live && <CheckCodePanel shiftId={shift.id} title={`${name.text} — ${when}`} />}
      </SimpleGrid>
    </Stack>
  );
}
