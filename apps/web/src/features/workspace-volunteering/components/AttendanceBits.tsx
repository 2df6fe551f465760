import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceFlag, AttendanceStatus, SignupStatus } from '../api.ts';

const STATUS_COLORS: Record<AttendanceStatus, string> = { present: 'blue', claimed: 'blue', flagged: 'yellow', verified: 'green', rejected: 'red' };
const SIGNUP_COLORS: Record<SignupStatus, string> = { confirmed: 'green', waitlisted: 'yellow', cancelled: 'gray' };

/** Where a volunteer's hours stand: present, claimed, flagged, verified or rejected. */
export function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status] ?? 'gray'} data-status={status} style={{ flexShrink: 0 }}>
      {t(`workspaceVolunteering:attendanceStatus.${status}`)}
    </Badge>
  );
}

/** A volunteer's place on a shift: confirmed, waitlisted or cancelled. */
export function SignupBadge({ status }: { status: SignupStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={SIGNUP_COLORS[status] ?? 'gray'} style={{ flexShrink: 0 }}>
      {t(`workspaceVolunteering:signupStatus.${status}`)}
    </Badge>
  );
}

/** Plausibility flags as badges, each with the sentence that says what to check. */
export function FlagList({ flags }: { flags: AttendanceFlag[] }) {
  const { t } = useTranslation();
  if (!flags.length) return null;
  return (
    <List spacing={4} size="sm" listStyleType="none" p={0} m={0} aria-label={t('workspaceVolunteering:hours.flags')} data-testid="flags">
      {flags.map((f) => (
        <List.Item key={f}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Badge variant="light" color="yellow" style={{ flexShrink: 0 }}>
              {t(`workspaceVolunteering:flags.${f}.label`, { defaultValue: f })}
            </Badge>
            <Text size="xs">{t(`workspaceVolunteering:flags.${f}.help`, { defaultValue: '' })}</Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
