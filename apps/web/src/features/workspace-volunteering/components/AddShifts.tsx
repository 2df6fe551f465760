import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useAddShifts } from '../hooks.ts';
import { buildSingleShift, buildWeeklyShifts, shiftFieldCodes, type SingleShiftValues, type WeeklyShiftValues } from '../shift-input.ts';
import { GulfTimeNote } from './GulfTimeNote.tsx';
import { SingleShiftFields, WeeklyShiftFields } from './ShiftFields.tsx';

const SINGLE: SingleShiftValues = { date: '', startTime: '', endTime: '', capacity: '' };
const WEEKLY: WeeklyShiftValues = { weekdays: [], from: '', until: '', startTime: '', endTime: '', capacity: '' };

/** Adds one shift, or a weekly series of shifts, to an opportunity. */
export function AddShifts({ opportunityId, onDone }: { opportunityId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const add = useAddShifts(opportunityId);
  const [mode, setMode] = useState<'single' | 'weekly'>('single');
  const [single, setSingle] = useState(SINGLE);
  const [weekly, setWeekly] = useState(WEEKLY);
  const [codes, setCodes] = useState<Record<string, string>>({});

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const built = mode === 'single' ? buildSingleShift(single) : buildWeeklyShifts(weekly);
    if ('codes' in built) return setCodes(built.codes);
    setCodes({});
    try {
      const done = await add.mutateAsync(built.body);
      const n = done?.items?.length ?? 1;
      notify({ message: t('workspaceVolunteering:shiftForm.added', { count: n, formatted: formatNumber(n, i18n.language) }) });
      setSingle(SINGLE);
      setWeekly(WEEKLY);
      onDone();
    } catch (err) {
      setCodes(shiftFieldCodes(err));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('workspaceVolunteering:shiftForm.title')}>
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(v) => {
            setMode(v as 'single' | 'weekly');
            setCodes({});
          }}
          data={[
            { value: 'single', label: t('workspaceVolunteering:shiftForm.single') },
            { value: 'weekly', label: t('workspaceVolunteering:shiftForm.weekly') },
          ]}
          aria-label={t('workspaceVolunteering:shiftForm.mode')}
          style={{ alignSelf: 'flex-start' }}
        />
        <GulfTimeNote />
        {mode === 'single' ? (
          <SingleShiftFields values={single} set={(p) => setSingle((v) => ({ ...v, ...p }))} codes={codes} />
        ) : (
          <WeeklyShiftFields values={weekly} set={(p) => setWeekly((v) => ({ ...v, ...p }))} codes={codes} />
        )}
        <ErrorAlert error={add.error} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {mode === 'single' ? t('workspaceVolunteering:shiftForm.submitSingle') : t('workspaceVolunteering:shiftForm.submitWeekly')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
