import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import type { MyShift } from '../api.ts';
import { useCheckIn } from '../hooks.ts';
import { checkInWindow } from '../time.ts';

/** The code as people type it off a sign: no spaces, upper case (the codes avoid 0/O and 1/I/L). */
export const normaliseCode = (input: string) => input.replace(/[\s-]/g, '').toUpperCase();

/**
 * "Check in" / "check out" with the code shown on site (the times already recorded are shown by
 * AttendanceInfo beside it). Usable only from 30 minutes before the
 * shift to 30 minutes after it; outside that window it says when it opens (or that it closed).
 */
export function CheckInForm({ item, initialCode = '' }: { item: MyShift; initialCode?: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const checkIn = useCheckIn();
  const [code, setCode] = useState(normaliseCode(initialCode));
  const [codeError, setCodeError] = useState<string | null>(null);
  const a = item.attendance;
  const phase = checkInWindow(item.startsAt, item.endsAt);
  const action: 'in' | 'out' = a?.checkedInAt && !a.checkedOutAt ? 'out' : 'in';
  const done = Boolean(a?.checkedInAt && a.checkedOutAt);
  const open = phase === 'open' && item.status === 'confirmed' && !done;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!code) return setCodeError(fieldMessage(t, 'validation.required'));
    try {
      await checkIn.mutateAsync({ shiftId: item.shiftId, code, action });
      notify({ message: t(`volunteering:checkIn.done.${action}`) });
    } catch (err) {
      // A wrong code is said under the code itself; anything else in the alert below.
      const field = fieldCodesOf(err).code;
      if (field) setCodeError(fieldMessage(t, field));
    }
  }

  return (
    <Stack gap="xs">
      {!done && phase !== 'open' && (
        <Text size="sm" c="dimmed">
          {t(`volunteering:checkIn.window.${phase}`)}
        </Text>
      )}
      {!done && item.status !== 'confirmed' && (
        <Alert color="yellow" variant="light">
          {t('volunteering:checkIn.waitlisted')}
        </Alert>
      )}
      {open && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t(`volunteering:checkIn.formLabel.${action}`)}>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('volunteering:checkIn.code')}
              description={t('volunteering:checkIn.codeHint')}
              value={code}
              onChange={(e) => {
                setCode(normaliseCode(e.currentTarget.value));
                setCodeError(null);
              }}
              error={codeError}
              dir="ltr"
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              style={{ flex: '1 1 12rem' }}
              data-testid="check-in-code"
            />
            <Button type="submit" loading={checkIn.isPending} mt={{ base: 0, xs: 46 }}>
              {t(`volunteering:checkIn.submit.${action}`)}
            </Button>
          </Group>
          {!codeError && <ErrorAlert error={checkIn.error} />}
        </form>
      )}
    </Stack>
  );
}
