import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatMoney } from '../../../lib/format.ts';
import type { AttendanceRecord } from '../api.ts';
import { useDecideAttendance } from '../hooks.ts';
import { AdjustDialog } from './AdjustDialog.tsx';
import { ReasonAction } from './ReasonAction.tsx';

/**
 * Verify / adjust / reject one record. Verifying a flagged record asks for a reason (the API
 * requires one: someone looked at the flag and accepts the hours anyway).
 */
export function DecisionActions({ record, minutes }: { record: AttendanceRecord; minutes: number | null }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const decide = useDecideAttendance();
  const name = record.volunteer.displayName;
  const flagged = record.status === 'flagged';
  // The decision answers the value the ledger recorded; say it, so the organiser sees the effect.
  const withValue = (message: string, fils: number | null | undefined) =>
    typeof fils === 'number' ? `${message} ${t('workspaceVolunteering:hours.recordedValue', { value: formatMoney(fils, 'AED', i18n.language) })}` : message;

  async function verify(reason?: string) {
    const done = await decide.mutateAsync({ id: record.id, body: { action: 'verify', ...(reason ? { reason } : {}) } });
    notify({ message: withValue(t('workspaceVolunteering:hours.verifiedOne', { name }), done?.valueFils) });
  }

  return (
    <Group gap="xs" wrap="wrap">
      {/* Without a complete time span there is nothing to verify as is: adjust gives the minutes. */}
      {minutes === null ? (
        <Text size="xs" c="dimmed" w="100%">
          {t('workspaceVolunteering:hours.noSpan')}
        </Text>
      ) : flagged ? (
        <ReasonAction
          label={t('workspaceVolunteering:hours.verify')}
          title={t('workspaceVolunteering:hours.verifyFlaggedTitle', { name })}
          message={t('workspaceVolunteering:hours.verifyFlaggedMessage')}
          confirmLabel={t('workspaceVolunteering:hours.verify')}
          reasonLabel={t('workspaceVolunteering:hours.reason')}
          required
          color="ataa"
          variant="filled"
          pending={decide.isPending}
          error={decide.error}
          onConfirm={verify}
        />
      ) : (
        <Button
          size="xs"
          loading={decide.isPending}
          aria-label={`${t('workspaceVolunteering:hours.verify')} — ${name}`}
          onClick={() => verify().catch((err: unknown) => notify({ message: errorMessage(t, err), color: 'red' }))}
        >
          {t('workspaceVolunteering:hours.verify')}
        </Button>
      )}
      <AdjustDialog id={record.id} name={name} minutes={minutes} />
      <ReasonAction
        label={t('workspaceVolunteering:hours.reject')}
        title={t('workspaceVolunteering:hours.rejectTitle', { name })}
        message={t('workspaceVolunteering:hours.rejectMessage')}
        confirmLabel={t('workspaceVolunteering:hours.rejectConfirm')}
        reasonLabel={t('workspaceVolunteering:hours.reason')}
        required
        pending={decide.isPending}
        error={decide.error}
        onConfirm={async (reason) => {
          await decide.mutateAsync({ id: record.id, body: { action: 'reject', reason } });
          notify({ message: t('workspaceVolunteering:hours.rejectedOne', { name }) });
        }}
      />
    </Group>
  );
}
