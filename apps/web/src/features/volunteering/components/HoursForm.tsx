import { SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';
import type { MyShift } from '../api.ts';
import { useReportHours } from '../hooks.ts';
import { formatDuration } from '../labels.ts';
import { claimedSpan, dubaiDate, dubaiTime, minutesBetween } from '../time.ts';

/**
 * "Report my hours" after a shift: the day and the times I actually started and finished
 * (Dubai time; prefilled with the shift's), and an optional note. The organisation verifies it.
 */
export function HoursForm({ item, onDone }: { item: MyShift; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const report = useReportHours();
  // Changing a report starts from what was claimed; a first report from the shift's own times.
  const a = item.attendance;
  const start = a?.claimedStartAt ?? item.startsAt;
  const end = a?.claimedEndAt ?? item.endsAt;
  const [date, setDate] = useState(dubaiDate(start));
  const [from, setFrom] = useState(dubaiTime(start));
  const [to, setTo] = useState(dubaiTime(end));
  const [note, setNote] = useState(a?.claimedNote ?? '');
  const [invalid, setInvalid] = useState(false);
  const span = claimedSpan(date, from, to);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!span) return setInvalid(true);
    try {
      const attendance = await report.mutateAsync({ shiftId: item.shiftId, ...span, note: note.trim() || undefined });
      notify({ message: t(attendance?.status === 'flagged' ? 'volunteering:hours.doneFlagged' : 'volunteering:hours.done') });
      onDone();
    } catch {
      // Shown in the form.
    }
  }

  const required = (value: string) => (invalid && !value ? fieldMessage(t, 'validation.required') : undefined);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('volunteering:hours.formLabel')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('volunteering:hours.hint')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput type="date" autoFocus label={t('volunteering:hours.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required error={required(date)} />
          <TextInput type="time" label={t('volunteering:hours.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} required error={required(from)} />
          <TextInput type="time" label={t('volunteering:hours.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} required error={required(to)} />
        </SimpleGrid>
        {span && (
          <Text size="sm" aria-live="polite">
            {t('volunteering:hours.total', { duration: formatDuration(t, minutesBetween(span.startedAt, span.endedAt), i18n.language) })}
          </Text>
        )}
        <Textarea label={t('volunteering:hours.note')} description={t('volunteering:hours.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} autosize minRows={2} dir="auto" />
        <FormActions error={report.error} pending={report.isPending} submitLabel={t('volunteering:hours.submit')} onCancel={onDone} gap="xs" />
      </Stack>
    </form>
  );
}
