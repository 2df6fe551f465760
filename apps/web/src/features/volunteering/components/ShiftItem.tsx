import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { Audience, MyShift, Shift } from '../api.ts';
import { useSignUp } from '../hooks.ts';
import { formatShiftWhen } from '../time.ts';
import { ShiftWhenText } from './ShiftWhenText.tsx';
import { SignUpProblem } from './SignUpProblem.tsx';

/** Props of {@link ShiftItem}. */
export interface ShiftItemProps {
  shift: Shift;
  /** My sign-up for this shift, if any. */
  mine: MyShift | undefined;
  signedIn: boolean;
  /** The opportunity takes no more sign-ups. */
  closed: boolean;
  /** Who the opportunity is for: women-only and men-only shifts ask for confirmation first. */
  audience: Audience;
}

/**
 * The caveat shown before signing up, for women-only and men-only opportunities. Sign-up does not
 * check it (profiles have no gender), so the volunteer is told what may follow.
 */
export function audienceNoticeOf(audience: Audience): 'women' | 'men' | null {
  return audience === 'women' || audience === 'men' ? audience : null;
}

/** Places left, or "full — join the waitlist". */
function Places({ shift }: { shift: Shift }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  if (shift.placesLeft > 0) {
    return <Text size="sm" fw={600}>{t('volunteering:shift.placesLeft', { count: shift.placesLeft, formatted: n(shift.placesLeft) })}</Text>;
  }
  return (
    <Text size="sm" fw={600} c="red.9">
      {t('volunteering:shift.full')}
      {shift.waitlisted > 0 && (
        <Text span size="xs" fw={400} c="dimmed">
          {' '}
          {t('volunteering:shift.waiting', { count: shift.waitlisted, formatted: n(shift.waitlisted) })}
        </Text>
      )}
    </Text>
  );
}

/**
 * One shift of an opportunity: when (Dubai time), how full, and what I can do — sign up, join the
 * waitlist, sign in first, or see my place. Refusals are explained under it.
 */
export function ShiftItem({ shift, mine, signedIn, closed, audience }: ShiftItemProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const location = useLocation();
  const signUp = useSignUp();
  const started = Date.parse(shift.startsAt) <= Date.now();
  const cancelled = shift.status === 'cancelled';
  const full = shift.placesLeft <= 0;
  const when = formatShiftWhen(shift.startsAt, shift.endsAt, i18n.language);
  // Several shifts share one button text: the date in the accessible name tells them apart.
  const named = (label: string) => t('volunteering:shift.named', { action: label, date: when.date, time: when.time });

  async function submit() {
    try {
      const r = await signUp.mutateAsync(shift.id);
      notify({ message: t(`volunteering:signUp.done.${r.status}`) });
    } catch {
      // Shown under the shift by SignUpProblem.
    }
  }

  let action: React.ReactNode = null;
  if (cancelled) action = <Badge color="gray" variant="default">{t('volunteering:shift.cancelled')}</Badge>;
  else if (mine) {
    action = (
      <Stack gap={2} align="flex-end">
        <Badge color={mine.status === 'confirmed' ? 'green' : 'yellow'} variant="light" tt="none" data-testid="my-signup-status">
          {t(`volunteering:signupStatus.${mine.status}`)}
        </Badge>
        <Anchor component={Link} to="/me/volunteering" size="sm">
          {t('volunteering:shift.manage')}
        </Anchor>
      </Stack>
    );
  } else if (started) action = <Text size="sm" c="dimmed">{t('volunteering:shift.started')}</Text>;
  else if (closed) action = null;
  else if (!signedIn) {
    const label = t('volunteering:signUp.signInFirst');
    action = (
      <Button component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} variant="default" size="sm" aria-label={named(label)}>
        {label}
      </Button>
    );
  } else {
    const label = full ? t('volunteering:signUp.joinWaitlist') : t('volunteering:signUp.submit');
    const notice = audienceNoticeOf(audience);
    action = notice ? (
      <ConfirmAction
        label={label}
        title={t(`volunteering:audience.${notice}`)}
        message={t(`volunteering:signUp.audienceNotice.${notice}`)}
        loading={signUp.isPending}
        onConfirm={submit}
        color="ataa"
        variant={full ? 'default' : 'filled'}
        size="sm"
        buttonProps={{ 'aria-label': named(label), 'data-testid': 'signup' }}
      />
    ) : (
      <Button size="sm" variant={full ? 'default' : 'filled'} loading={signUp.isPending} onClick={() => void submit()} aria-label={named(label)} data-testid="signup">
        {label}
      </Button>
    );
  }

  return (
    <Paper withBorder p="sm" component="li" data-testid="shift" data-id={shift.id}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <ShiftWhenText startsAt={shift.startsAt} endsAt={shift.endsAt} />
        <Stack gap={6} align="flex-end" style={{ marginInlineStart: 'auto' }}>
          {!cancelled && !started && <Places shift={shift} />}
          {action}
        </Stack>
      </Group>
      <SignUpProblem error={signUp.error} />
    </Paper>
  );
}
