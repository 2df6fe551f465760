import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../api.ts';
import { ATTENDANCE_BADGE, formatDuration } from '../labels.ts';
import { formatDubaiDateTime, minutesBetween } from '../time.ts';

/**
 * Where my hours stand: checked in (present), reported (claimed), flagged for a decision (with
 * the reasons), verified (with the minutes that count) or rejected.
 */
export function AttendanceInfo({ attendance: a }: { attendance: Attendance }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const style = ATTENDANCE_BADGE[a.status];
  return (
    <Stack gap={4} data-testid="attendance" data-status={a.status}>
      <Group gap="xs" wrap="wrap">
        <Badge color={style.color} variant={style.variant} tt="none">
          {t(`volunteering:attendance.status.${a.status}`)}
        </Badge>
        {a.status === 'verified' && a.verifiedMinutes !== null && (
          <Text size="sm" fw={600} data-testid="verified-minutes">
            {t('volunteering:attendance.verified', { duration: formatDuration(t, a.verifiedMinutes, lang) })}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t(`volunteering:attendance.explain.${a.status}`)}
      </Text>
      {a.checkedInAt && (
        <Text size="sm" data-testid="checked-in-at">
          {t('volunteering:checkIn.checkedInAt', { time: formatDubaiDateTime(a.checkedInAt, lang) })}
          {a.checkedOutAt && <> · {t('volunteering:checkIn.checkedOutAt', { time: formatDubaiDateTime(a.checkedOutAt, lang) })}</>}
        </Text>
      )}
      {a.claimedStartAt && a.claimedEndAt && (
        <Text size="sm">
          {t('volunteering:attendance.claimed', {
            from: formatDubaiDateTime(a.claimedStartAt, lang),
            to: formatDubaiDateTime(a.claimedEndAt, lang),
            duration: formatDuration(t, minutesBetween(a.claimedStartAt, a.claimedEndAt), lang),
          })}
        </Text>
      )}
      {a.flags.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('volunteering:attendance.flagsTitle')}
          </Text>
          <List size="sm" withPadding>
            {a.flags.map((f) => (
              <List.Item key={f}>{t(`volunteering:attendance.flag.${f}`, { defaultValue: f })}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
