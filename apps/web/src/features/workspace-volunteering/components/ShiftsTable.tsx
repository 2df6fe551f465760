import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { Shift } from '../api.ts';
import { useCancelShift } from '../hooks.ts';
import { gulfRange } from '../time.ts';
import { EditShiftDialog } from './EditShiftDialog.tsx';
import { ReasonAction } from './ReasonAction.tsx';

/** "Cancel shift" with a reason; everyone signed up is told. */
function CancelShift({ shift, when }: { shift: Shift; when: string }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const cancel = useCancelShift();
  const signedUp = shift.confirmed + shift.waitlisted;
  return (
    <ReasonAction
      label={t('workspaceVolunteering:shifts.cancel')}
      title={t('workspaceVolunteering:shifts.cancelTitle')}
      message={
        <>
          {when}
          <br />
          {t('workspaceVolunteering:shifts.cancelMessage', { count: signedUp, formatted: formatNumber(signedUp, i18n.language) })}
        </>
      }
      confirmLabel={t('workspaceVolunteering:shifts.cancelConfirm')}
      reasonLabel={t('workspaceVolunteering:shifts.cancelReason')}
      required
      pending={cancel.isPending}
      error={cancel.error}
      onConfirm={async (reason) => {
        await cancel.mutateAsync({ id: shift.id, reason });
        notify({ message: t('workspaceVolunteering:shifts.cancelled') });
      }}
    />
  );
}

/**
 * Shifts of an opportunity: when (UAE time), how full, status, and the roster; coming shifts can
 * be edited or cancelled, past ones only opened (their roster holds the attendance).
 */
export function ShiftsTable({ orgId, shifts, manage, past, caption }: { orgId: string; shifts: Shift[]; manage: boolean; past: boolean; caption: string }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <DataTable caption={caption} head={[t('workspaceVolunteering:shifts.when'), t('workspaceVolunteering:shifts.places'), t('workspaceVolunteering:shifts.status'), t('common:actions')]} minWidth={720}>
      {shifts.map((s) => {
        const when = gulfRange(s.startsAt, s.endsAt, i18n.language);
        const live = s.status === 'scheduled';
        const badge = !live ? { color: 'gray', key: 'cancelledStatus' } : past ? { color: 'gray', key: 'held' } : s.placesLeft > 0 ? { color: 'green', key: 'open' } : { color: 'yellow', key: 'full' };
        return (
          <Table.Tr key={s.id} data-testid="shift-row">
            <Table.Td>
              <Text size="sm" fw={600}>
                {when}
              </Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm">{t('workspaceVolunteering:shifts.confirmedOf', { confirmed: n(s.confirmed), capacity: n(s.capacity) })}</Text>
                {s.waitlisted > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('workspaceVolunteering:shifts.waitlisted', { count: s.waitlisted, formatted: n(s.waitlisted) })}
                  </Text>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={badge.color}>
                {t(`workspaceVolunteering:shifts.${badge.key}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/workspace/${orgId}/volunteering/shifts/${s.id}`} size="sm" aria-label={t('workspaceVolunteering:shifts.rosterOf', { when })}>
                  {t('workspaceVolunteering:shifts.roster')}
                </Anchor>
                {manage && live && !past && <EditShiftDialog shift={s} label={t('workspaceVolunteering:shifts.editOf', { when })} />}
                {manage && live && !past && <CancelShift shift={s} when={when} />}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
