import { Button, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { formatMoney } from '../../../lib/format.ts';
import { useDecideAttendance } from '../hooks.ts';
import { durationText, joinMinutes, parseWholeNumber, splitMinutes } from '../time.ts';
import { FormDialog } from './FormDialog.tsx';

/** Most minutes one record may count (a day), as the API allows. */
const MAX_MINUTES = 24 * 60;

/** "Adjust": the hours and minutes that should count, and why; one time contribution is recorded. */
export function AdjustDialog({ id, name, minutes }: { id: string; name: string; minutes: number | null }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const decide = useDecideAttendance();
  const [opened, { open, close }] = useDisclosure(false);
  const initial = splitMinutes(minutes ?? 0);
  const [hours, setHours] = useState(String(initial.hours));
  const [mins, setMins] = useState(String(initial.minutes));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const total = joinMinutes(parseWholeNumber(hours) ?? -1, parseWholeNumber(mins) ?? -1);

  function start() {
    setHours(String(initial.hours));
    setMins(String(initial.minutes));
    setReason('');
    setProblems({});
    decide.reset();
    open();
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (total === null || total < 1 || total > MAX_MINUTES) next.minutes = t('workspaceVolunteering:hours.adjustInvalid');
    if (!reason.trim()) next.reason = fieldMessage(t, 'validation.reason_required');
    setProblems(next);
    if (Object.keys(next).length) return;
    try {
      const done = await decide.mutateAsync({ id, body: { action: 'adjust', minutes: total!, reason: reason.trim() } });
      const value = typeof done?.valueFils === 'number' ? ` ${t('workspaceVolunteering:hours.recordedValue', { value: formatMoney(done.valueFils, 'AED', i18n.language) })}` : '';
      notify({ message: t('workspaceVolunteering:hours.adjusted', { name, duration: durationText(total!, i18n.language) }) + value });
      close();
    } catch {
      // The error shows in the dialog.
    }
  }

  return (
    <>
      <Button size="xs" variant="default" onClick={start} aria-label={`${t('workspaceVolunteering:hours.adjust')} — ${name}`}>
        {t('workspaceVolunteering:hours.adjust')}
      </Button>
      <FormDialog opened={opened} onClose={close} title={t('workspaceVolunteering:hours.adjustTitle', { name })} size="md" onSubmit={submit} error={decide.error} pending={decide.isPending} submitLabel={t('workspaceVolunteering:hours.adjustSubmit')}>
        <Text size="sm">{t('workspaceVolunteering:hours.adjustExplain')}</Text>
        <fieldset style={{ border: 0, padding: 0, margin: 0, minInlineSize: 0 }}>
          <legend className="visually-hidden">{t('workspaceVolunteering:hours.adjustMinutes')}</legend>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t('workspaceVolunteering:hours.hoursField')} inputMode="numeric" dir="ltr" maxLength={2} value={hours} onChange={(e) => setHours(e.currentTarget.value)} />
            <TextInput label={t('workspaceVolunteering:hours.minutesField')} inputMode="numeric" dir="ltr" maxLength={2} value={mins} onChange={(e) => setMins(e.currentTarget.value)} error={problems.minutes} />
          </SimpleGrid>
        </fieldset>
        {total !== null && total > 0 && (
          <Text size="sm" fw={600} aria-live="polite">
            {t('workspaceVolunteering:hours.willCount', { duration: durationText(total, i18n.language) })}
          </Text>
        )}
        <Textarea label={t('workspaceVolunteering:hours.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={problems.reason} dir="auto" autosize minRows={2} maxLength={500} />
      </FormDialog>
    </>
  );
}
