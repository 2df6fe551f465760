import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useLogHours } from '../hooks.ts';
import { formatDuration } from '../labels.ts';
import { dubaiDate, parseDuration } from '../time.ts';

/** One entry covers one day: at most 24 hours (the API's limit). */
const MAX_MINUTES = 1_440;

/**
 * "Log hours" on an engagement: the day worked, how long (hours and minutes in two boxes, so
 * nobody has to convert 1 h 45 to 105 minutes) and an optional note of what was done.
 */
export function LogHoursForm({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const log = useLogHours(engagementId);
  const today = dubaiDate(new Date().toISOString());
  const [workedOn, setWorkedOn] = useState(today);
  const [hours, setHours] = useState('');
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ workedOn?: string; duration?: string }>({});
  const server = fieldCodesOf(log.error);
  const total = parseDuration(hours, minutes);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const next = {
      workedOn: !workedOn ? fieldMessage(t, 'validation.required') : workedOn > today ? t('volunteering:log.future') : undefined,
      duration: total === null ? t('volunteering:log.durationInvalid') : total > MAX_MINUTES ? t('volunteering:log.tooLong') : undefined,
    };
    setErrors(next);
    if (next.workedOn || next.duration || total === null) return;
    try {
      await log.mutateAsync({ workedOn, minutes: total, note: note.trim() || undefined });
      notify({ message: t('volunteering:log.done', { duration: formatDuration(t, total, i18n.language) }) });
      setHours('');
      setMinutes('');
      setNote('');
    } catch {
      // Shown in the form.
    }
  }

  const durationError = errors.duration ?? (server.minutes ? fieldMessage(t, server.minutes) : undefined);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="log-heading">
      <Stack gap="sm">
        <TextInput
          type="date"
          label={t('volunteering:log.workedOn')}
          value={workedOn}
          max={today}
          onChange={(e) => setWorkedOn(e.currentTarget.value)}
          required
          error={errors.workedOn ?? (server.workedOn ? fieldMessage(t, server.workedOn) : undefined)}
          maw={260}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} aria-describedby={durationError ? 'log-duration-error' : undefined}>
          <Text component="legend" size="sm" fw={500} mb={4}>
            {t('volunteering:log.duration')}
          </Text>
          <Group gap="xs" align="flex-start">
            <TextInput label={t('volunteering:log.hours')} value={hours} onChange={(e) => setHours(e.currentTarget.value)} inputMode="numeric" dir="ltr" w={110} error={Boolean(durationError)} />
            <TextInput label={t('volunteering:log.minutes')} value={minutes} onChange={(e) => setMinutes(e.currentTarget.value)} inputMode="numeric" dir="ltr" w={110} error={Boolean(durationError)} />
          </Group>
          {durationError ? (
            <Text size="sm" c="var(--mantine-color-error)" mt={4} id="log-duration-error">
              {durationError}
            </Text>
          ) : (
            total !== null && (
              <Text size="sm" mt={4} aria-live="polite">
                {formatDuration(t, total, i18n.language)}
              </Text>
            )
          )}
        </fieldset>
        <Textarea label={t('volunteering:log.note')} description={t('volunteering:log.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} autosize minRows={2} dir="auto" />
        <ErrorAlert error={log.error} />
        <Group>
          <Button type="submit" loading={log.isPending}>
            {t('volunteering:log.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
