import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import type { MyShift } from '../api.ts';
import { useCancelSignup } from '../hooks.ts';
import { isolate, titleOf } from '../labels.ts';
import { checkInWindow, formatShiftWhen } from '../time.ts';
import { AttendanceInfo } from './AttendanceInfo.tsx';
import { CheckInForm } from './CheckInForm.tsx';
import { HoursForm } from './HoursForm.tsx';
import { ShiftWhenText } from './ShiftWhenText.tsx';

/** Decided hours cannot be reported again (a claim can be replaced until it is decided). */
const DECIDED = new Set(['verified', 'rejected']);
const DAY = 86_400_000;

/**
 * One of my shifts: what and when, my place (confirmed or waitlisted), and what I can do now —
 * cancel (before it starts), check in or out with the on-site code (around it), report my hours
 * (after it) — and where my hours stand.
 */
export function MyShiftItem({ item }: { item: MyShift }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const cancel = useCancelSignup();
  const [reporting, setReporting] = useState(false);
  const lang = i18n.language;
  const title = titleOf(item.opportunity, lang);
  const now = Date.now();
  const cancelled = item.shiftStatus === 'cancelled';
  const upcoming = Date.parse(item.startsAt) > now;
  const ended = Date.parse(item.endsAt) <= now;
  const a = item.attendance ?? null;
  const phase = checkInWindow(item.startsAt, item.endsAt, now);
  const confirmed = item.status === 'confirmed';
  // Once the organiser recorded both times there is nothing to add; otherwise I may report (again).
  const canReport = confirmed && ended && !cancelled && !(a && DECIDED.has(a.status)) && !(a?.checkedInAt && a.checkedOutAt);
  const claimed = Boolean(a?.claimedStartAt);
  // The check-in box appears on the day (a day ahead it only says when it opens), not weeks before.
  const showCheckIn = confirmed && !cancelled && (phase === 'open' || (phase === 'early' && Date.parse(item.startsAt) - now < DAY));

  async function giveUp() {
    try {
      await cancel.mutateAsync(item.shiftId);
      notify({ message: t('volunteering:myShifts.cancelDone') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  const when = formatShiftWhen(item.startsAt, item.endsAt, lang);
  return (
    <Paper withBorder p="sm" component="li" data-testid="my-shift" data-id={item.id} data-status={item.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/volunteer/opportunities/${item.opportunity.id}`} fw={600} dir="auto" lang={title.lang} style={{ overflowWrap: 'anywhere' }}>
              {title.text}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t(`enums:emirate.${item.opportunity.emirate}`)}
            </Text>
          </Stack>
          <Badge color={cancelled ? 'gray' : confirmed ? 'green' : 'yellow'} variant={cancelled ? 'default' : 'light'} tt="none" style={{ flexShrink: 0 }} data-testid="signup-status">
            {cancelled ? t('volunteering:shift.cancelled') : t(`volunteering:signupStatus.${item.status}`)}
          </Badge>
        </Group>
        <ShiftWhenText startsAt={item.startsAt} endsAt={item.endsAt} hijri={false} />
        {a && <AttendanceInfo attendance={a} />}
        {showCheckIn && <CheckInForm item={item} />}
        {canReport && !reporting && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setReporting(true)}>
              {claimed ? t('volunteering:hours.change') : t('volunteering:hours.open')}
            </Button>
            {!a && (
              <Text size="xs" c="dimmed">
                {t('volunteering:hours.notYet')}
              </Text>
            )}
          </Group>
        )}
        {canReport && reporting && (
          <HoursForm item={item} onDone={() => setReporting(false)} />
        )}
        {upcoming && !cancelled && (
          <Group gap="xs">
            <ConfirmAction
              label={item.status === 'waitlisted' ? t('volunteering:myShifts.leaveWaitlist') : t('volunteering:myShifts.cancel')}
              title={t('volunteering:myShifts.cancelTitle')}
              message={t(`volunteering:myShifts.cancelMessage.${item.status}`, { title: isolate(title.text), date: when.date, time: when.time })}
              confirmLabel={t('volunteering:myShifts.cancelConfirm')}
              loading={cancel.isPending}
              onConfirm={giveUp}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
