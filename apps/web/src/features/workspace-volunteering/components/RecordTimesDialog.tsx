import { Button, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';
import type { RosterEntry, RosterShift } from '../api.ts';
import { useMarkAttendance } from '../hooks.ts';
import { gulfToIso, isDate, isTime, isoToGulf } from '../time.ts';
import { FormDialog } from './FormDialog.tsx';
import { GulfTimeNote } from './GulfTimeNote.tsx';

/**
 * "Record times" / "Correct times": the organiser sets when someone arrived and left, after the
 * event or to fix a tap made at the wrong moment. Starts from what is recorded, else the shift's times.
 */
export function RecordTimesDialog({ shift, entry }: { shift: RosterShift; entry: RosterEntry }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mark = useMarkAttendance(shift.id);
  const [opened, { open, close }] = useDisclosure(false);
  const a = entry.attendance;
  const name = entry.volunteer.displayName;
  const initial = () => {
    const start = isoToGulf(a?.checkedInAt ?? shift.startsAt);
    return { date: start.date, start: start.time, end: isoToGulf(a?.checkedOutAt ?? shift.endsAt).time };
  };
  const [v, setV] = useState(initial);
  const [codes, setCodes] = useState<Record<string, string>>({});
  const error = (n: string) => (codes[n] ? fieldMessage(t, codes[n]) : undefined);
  const label = a?.checkedInAt ? t('workspaceVolunteering:roster.correctTimes') : t('workspaceVolunteering:roster.recordTimes');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!isDate(v.date)) next.date = 'validation.invalid_date';
    if (!isTime(v.start)) next.start = 'validation.required';
    if (v.end && !isTime(v.end)) next.end = 'validation.invalid_format';
    else if (v.end && v.end <= v.start) next.end = 'validation.end_before_start';
    setCodes(next);
    if (Object.keys(next).length) return;
    try {
      await mark.mutateAsync({ userId: entry.volunteer.userId, action: 'set', checkedInAt: gulfToIso(v.date, v.start)!, ...(v.end ? { checkedOutAt: gulfToIso(v.date, v.end)! } : {}) });
      notify({ message: t('workspaceVolunteering:roster.timesSaved', { name }) });
      close();
    } catch {
      // Shown in the dialog.
    }
  }

  return (
    <>
      <Button
        size="sm"
        variant="default"
        onClick={() => {
          setV(initial());
          setCodes({});
          mark.reset();
          open();
        }}
        aria-label={`${label} — ${name}`}
      >
        {label}
      </Button>
      <FormDialog opened={opened} onClose={close} title={`${label} — ${name}`} size="md" onSubmit={submit} error={mark.error} pending={mark.isPending} submitLabel={t('common:save')}>
        <Text size="sm">{t('workspaceVolunteering:roster.recordExplain')}</Text>
        <GulfTimeNote />
        <TextInput type="date" label={t('workspaceVolunteering:shiftForm.date')} required value={v.date} onChange={(e) => setV({ ...v, date: e.currentTarget.value })} error={error('date')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput type="time" label={t('workspaceVolunteering:roster.arrived')} required value={v.start} onChange={(e) => setV({ ...v, start: e.currentTarget.value })} error={error('start')} />
          <TextInput type="time" label={t('workspaceVolunteering:roster.left')} value={v.end} onChange={(e) => setV({ ...v, end: e.currentTarget.value })} error={error('end')} />
        </SimpleGrid>
      </FormDialog>
    </>
  );
}
